// The App's life: start-up, content, drawing, and run_app's error handling.
#include "ui/app.hpp"

#include <chrono>
#include <fstream>
#include <sstream>

#include "core/screens/screens.hpp"
#include "ui/app_loop.hpp"
#include "ui/screenshot.hpp"

namespace kiosk::ui {
namespace {

// Texture budget: three screens' worth of pixels keeps a visit's text cached without letting
// hostile content grow memory without bound.
std::size_t text_budget(Size size) {
  return static_cast<std::size_t>(size.w) * static_cast<std::size_t>(size.h) * 4 * 3;
}

std::uint64_t seed_of(const AppOptions& options) {
  if (options.seed != 0) return options.seed;
  return static_cast<std::uint64_t>(
      std::chrono::steady_clock::now().time_since_epoch().count());
}

}  // namespace

App::App(const AppOptions& options, const AppServices& services, std::ostream& out,
         std::ostream& err)
    : options_(options),
      provider_(services.content),
      answers_(services.answers),
      out_(out),
      err_(err),
      video_(options.video),
      font_files_(find_fonts(options.fonts_dir)) {
  resize();
  state_ = start_visit(now(), Random(seed_of(options)));
  if (video_.invisible() && options.video.mode != DisplayMode::Headless) {
    err_ << "kiosk: no display was found (SDL chose the '" << video_.driver()
         << "' driver), so nothing is visible. Run with --headless --script FILE "
            "--screenshot OUT.png to see frames without a display.\n";
  }
  started_at_ = now();
  load_content();
  // The provider's watcher thread wakes the loop with this event; SDL_PushEvent is thread-safe.
  content_event_ = SDL_RegisterEvents(1);
  if (content_event_ != static_cast<Uint32>(-1)) {
    const Uint32 type = content_event_;
    provider_.watch([type] {
      SDL_Event e{};
      e.type = type;
      SDL_PushEvent(&e);
    });
  }
}

Millis App::now() const {
  if (options_.clock == ClockMode::Simulated) return simulated_now_;
  return static_cast<Millis>(SDL_GetTicks64());
}

void App::resize() {
  size_ = video_.output_size();
  const Metrics metrics(size_);
  text_.reset();
  renderer_.reset();
  fonts_ = std::make_unique<FontSet>(font_files_, metrics);
  text_ = std::make_unique<TextCache>(video_.renderer(), *fonts_, text_budget(size_));
  renderer_ = std::make_unique<SceneRenderer>(video_.renderer(), *text_);
  dirty_ = true;
}

void App::trace(const std::string& line) {
  if (options_.trace) out_ << line << std::endl;
}

void App::trace_screen() {
  if (traced_screen_ == state_.screen) return;
  traced_screen_ = state_.screen;
  trace("screen " + std::string(screen_name(state_.screen)));
}

void App::load_content() {
  ContentLoad load = provider_.load();
  if (load.library) {
    library_ = std::move(load.library);
    content_arrived(state_, now());
    trace("content loaded " + library_->meta().content_version);
  } else {
    library_.reset();
    show_unavailable(state_);
    err_ << "kiosk: content unavailable: " << load.problem << '\n';
    trace("content rejected " + load.problem);
  }
  trace_screen();
  dirty_ = true;
}

void App::take_new_content() {
  if (std::optional<ContentLoad> load = provider_.poll()) {
    if (load->library) {
      pending_ = std::move(load);  // a newer file replaces one still waiting
    } else {
      last_reload_ = "rejected: " + load->problem;
      err_ << "kiosk: new content rejected: " << load->problem << '\n';
      trace("content rejected " + load->problem);
      if (state_.staff_since) dirty_ = true;
    }
  }
  switch_content_if_safe();
}

// New content goes live only where nobody is in the middle of something: a card or a round in
// progress finishes on the content it started with.
void App::switch_content_if_safe() {
  if (!pending_ || !at_safe_point(state_)) return;
  library_ = std::move(pending_->library);
  pending_.reset();
  content_arrived(state_, now());
  last_reload_ = "loaded " + library_->meta().content_version;
  trace("content loaded " + library_->meta().content_version);
  trace_screen();
  dirty_ = true;
}

App::StaffRows App::staff_rows() const {
  StaffRows rows;
  if (library_) {
    const ContentMeta& meta = library_->meta();
    rows.push_back({"Content", meta.title + ", version " + meta.content_version});
    rows.push_back({"Built", meta.build_time});
    rows.push_back({"Holds", std::to_string(library_->card_count()) + " cards, " +
                                 std::to_string(library_->question_count()) + " questions"});
  } else {
    rows.push_back({"Content", "none loaded"});
  }
  for (const auto& row : provider_.status()) rows.push_back(row);
  rows.push_back({"Last reload", last_reload_.empty() ? "none since start" : last_reload_});
  const Millis up = (now() - started_at_) / 1000;
  rows.push_back({"Up for", std::to_string(up / 3600) + " h " + std::to_string(up / 60 % 60) + " min"});
  if (answers_ != nullptr) {
    for (const auto& row : answers_->status()) rows.push_back(row);
  }
  return rows;
}

void App::draw() {
  const SceneContext context{state_, library_.get(),
                             still_there_seconds_left(state_, now(), options_.visit),
                             options_.visit.round_length,
                             state_.staff_since ? staff_rows() : StaffRows{}};
  scene_ = build_scene(context, size_, *fonts_);
  SDL_SetRenderDrawColor(video_.renderer(), 0, 0, 0, 255);
  SDL_RenderClear(video_.renderer());
  renderer_->draw(scene_);
  ++frames_;
}

void App::refresh() {
  if (!dirty_) return;
  draw();
  SDL_RenderPresent(video_.renderer());
  dirty_ = false;
}

void App::screenshot(const std::string& path) {
  draw();
  save_png(video_.renderer(), path);
  SDL_RenderPresent(video_.renderer());
  dirty_ = false;
}

AppExit run_app(const AppOptions& options, ContentProvider& content, std::ostream& out,
                std::ostream& err) {
  return run_app(options, AppServices{content, nullptr}, out, err);
}

AppExit run_app(const AppOptions& options, const AppServices& services, std::ostream& out,
                std::ostream& err) {
  std::optional<Script> script;
  if (options.script_path) {
    std::ifstream in(*options.script_path);
    if (!in) {
      err << "kiosk: cannot read script '" << *options.script_path << "'\n";
      return AppExit::CannotStart;
    }
    std::stringstream text;
    text << in.rdbuf();
    script = parse_script(text.str());
    for (const ScriptError& e : script->errors) {
      err << *options.script_path << ":" << e.line << ": " << e.message << '\n';
    }
    if (!script->errors.empty()) return AppExit::CannotStart;
  }
  try {
    App app(options, services, out, err);
    bool ok = true;
    if (script) {
      ok = app.run_script(*script);
    } else {
      app.run_interactive();
    }
    if (options.screenshot_path) app.screenshot(*options.screenshot_path);
    return ok ? AppExit::Ok : AppExit::ScriptFailed;
  } catch (const SdlError& e) {
    err << "kiosk: " << e.what() << '\n';
    return AppExit::CannotStart;
  }
}

}  // namespace kiosk::ui
