// The App's life: start-up, content, drawing, and run_app's error handling.
#include "ui/app.hpp"

#include <chrono>
#include <fstream>
#include <sstream>

#include "core/screens/screens.hpp"
#include "core/screens/transitions.hpp"
#include "core/staff.hpp"
#include "ui/app_loop.hpp"
#include "ui/screenshot.hpp"

namespace kiosk::ui {
namespace {

// Texture budget: a screen's worth of pixels. Text covers far less than the screen, so this
// holds what is on screen and what was (for slides and going back) while keeping peak memory
// within 24 MiB at 800x480 and 40 MiB at 1080p. Hostile content cannot grow it: the text of
// the frame being drawn may exceed it for that frame only (see TextCache).
std::size_t text_budget(Size size) {
  return static_cast<std::size_t>(size.w) * static_cast<std::size_t>(size.h) * 4;
}

std::uint64_t seed_of(const AppOptions& options) {
  if (options.seed != 0) return options.seed;
  return static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
}

}  // namespace

App::App(const AppOptions& options, const AppServices& services, std::ostream& out,
         std::ostream& err)
    : options_(options),
      provider_(services.content),
      answers_(services.answers),
      service_(services.service),
      out_(out),
      err_(err),
      video_(options.video),
      waiter_(video_.driver()),
      font_files_(find_fonts(options.fonts_dir)) {
  const std::optional<KeyCombination> quit = parse_key_combination(options.quit_key);
  if (!quit)
    throw SdlError("the quit key '" + options.quit_key +
                   "' is not a key combination (e.g. ctrl+alt+q)");
  quit_key_ = *quit;
  resize();
  state_ = start_visit(now(), Random(seed_of(options)));
  watchdog_ = WatchdogSchedule(service_ ? service_->watchdog_timeout() : 0, now());
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
  physical_ = video_.output_size();
  size_ = logical_size(physical_, options_.rotation);
  canvas_.reset();
  if (options_.rotation != Rotation::R0) {
    canvas_.reset(checked(SDL_CreateTexture(video_.renderer(), SDL_PIXELFORMAT_ARGB8888,
                                            SDL_TEXTUREACCESS_TARGET, size_.w, size_.h),
                          "cannot make the picture to turn for a rotated panel"));
  }
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
  switch (load.status) {
    case LoadStatus::Pending:
      // Checked in the background; meanwhile a calm "one moment" screen.
      library_.reset();
      loading_ = true;
      show_unavailable(state_);
      trace("content loading");
      break;
    case LoadStatus::Loaded:
      library_ = std::move(load.library);
      content_arrived(state_, now());
      trace("content loaded " + library_->meta().content_version);
      break;
    case LoadStatus::Rejected:
    case LoadStatus::Withdrawn:
      library_.reset();
      show_unavailable(state_);
      err_ << "kiosk: content unavailable: " << load.problem << '\n';
      trace("content rejected " + load.problem);
      break;
  }
  trace_screen();
  dirty_ = true;
}

void App::take_new_content() {
  if (std::optional<ContentLoad> load = provider_.poll()) {
    // The first file failing its background check takes the "one moment" screen down too.
    const bool withdraw =
        load->status == LoadStatus::Withdrawn || (load->status == LoadStatus::Rejected && loading_);
    if (load->status == LoadStatus::Loaded) {
      pending_ = std::move(load);  // a newer file replaces one still waiting
    } else if (withdraw) {
      withdraw_content(load->problem);
    } else {
      last_reload_ = "rejected: " + load->problem;
      err_ << "kiosk: new content rejected: " << load->problem << '\n';
      trace("content rejected " + load->problem);
      if (state_.staff_since) dirty_ = true;
    }
  }
  switch_content_if_safe();
}

// What is shown can no longer be trusted (or the first file failed): the calm screen instead.
void App::withdraw_content(const std::string& problem) {
  loading_ = false;
  last_reload_ = "withdrawn: " + problem;
  err_ << "kiosk: content withdrawn: " << problem << '\n';
  trace("content rejected " + problem);
  pending_.reset();
  library_.reset();
  show_unavailable(state_);
  trace_screen();
  dirty_ = true;
}

// New content goes live only where nobody is in the middle of something: a card or a round in
// progress finishes on the content it started with.
void App::switch_content_if_safe() {
  if (!pending_ || !at_safe_point(state_)) return;
  library_ = std::move(pending_->library);
  pending_.reset();
  loading_ = false;
  content_arrived(state_, now());
  last_reload_ = "loaded " + library_->meta().content_version;
  content_switched_ = true;
  trace("content loaded " + library_->meta().content_version);
  trace_screen();
  dirty_ = true;
}

App::StaffRows App::staff_rows() const {
  StaffRows rows = content_staff_rows(library_.get());
  for (const auto& row : provider_.status()) rows.push_back(row);
  rows.push_back({"Last reload", last_reload_.empty() ? "none since start" : last_reload_});
  const Millis up = (now() - started_at_) / 1000;
  rows.push_back(
      {"Up for", std::to_string(up / 3600) + " h " + std::to_string(up / 60 % 60) + " min"});
  if (answers_ != nullptr) {
    for (const auto& row : answers_->status()) rows.push_back(row);
  }
  if (!options_.settings_notice.empty())
    rows.push_back({"Settings ignored", options_.settings_notice});
  return rows;
}

void App::draw() {
  if (lights_.lights == Lights::Dark) {
    scene_ = Scene{};
    scene_.size = size_;
    Widget black;
    black.rect = {0, 0, size_.w, size_.h};
    black.colour = Colour::Black;
    scene_.widgets.push_back(black);
    return;
  }
  const SceneContext context{state_,
                             library_.get(),
                             still_there_seconds_left(state_, now(), options_.visit),
                             options_.visit.round_length,
                             state_.staff_since ? staff_rows() : StaffRows{},
                             loading_};
  scene_ = build_scene(context, size_, *fonts_);
}

void App::start_transition(const Scene& from, Screen before, int card_before, int page_before) {
  if (options_.transition_ms <= 0 || options_.clock == ClockMode::Simulated) return;
  const int direction =
      slide_direction(before, card_before, page_before, state_.screen, state_.card, state_.page);
  if (direction != 0) transition_ = Transition{from, now(), direction};
}

// Draws the scene (rebuilt only when the state changed), sliding in over the old one while a
// transition runs, presents it, and records what it cost.
void App::refresh() {
  if (!dirty_ && !transition_) return;
  const std::int64_t start = monotonic_ns();
  last_frame_at_ = now();  // frames are paced from their start, so work does not slow the rate
  // A frame that rebuilds the scene is a redraw even if a slide starts with it; the frames
  // after it only move what is already drawn.
  const bool animation = transition_.has_value() && !dirty_;
  if (dirty_) draw();
  text_->begin_frame();
  if (canvas_) SDL_SetRenderTarget(video_.renderer(), canvas_.get());
  // No clear: every scene begins with a box over the whole screen.
  if (transition_) {
    const double t =
        std::min(1.0, double(now() - transition_->start) / double(options_.transition_ms));
    const double eased = 1.0 - (1.0 - t) * (1.0 - t) * (1.0 - t);
    const int moved = static_cast<int>(eased * size_.w + 0.5);
    renderer_->draw(transition_->from, -transition_->direction * moved);
    renderer_->draw(scene_, transition_->direction * (size_.w - moved));
    if (t >= 1.0) transition_.reset();
  } else {
    renderer_->draw(scene_);
  }
  present();
  const std::int64_t end = monotonic_ns();
  measurements_.frame(end, double(end - start) / 1e6,
                      animation ? FrameKind::Animation : FrameKind::Redraw);
  if (input_at_ms_) {
    measurements_.input_shown(double(SDL_GetTicks64() - *input_at_ms_));
    input_at_ms_.reset();
  }
  if (content_switched_) {
    measurements_.content_shown(end);
    content_switched_ = false;
  }
  if (!told_ready_ && service_ != nullptr) {
    service_->ready();  // systemd: started, and the first frame is up
    told_ready_ = true;
  }
  dirty_ = false;
}

// Shows the frame: turned onto the panel first when it is mounted sideways or upside down.
void App::present() {
  if (canvas_) {
    SDL_SetRenderTarget(video_.renderer(), nullptr);
    const SDL_Rect dst{(physical_.w - size_.w) / 2, (physical_.h - size_.h) / 2, size_.w, size_.h};
    SDL_RenderCopyEx(video_.renderer(), canvas_.get(), nullptr, &dst, degrees(options_.rotation),
                     nullptr, SDL_FLIP_NONE);
  }
  SDL_RenderPresent(video_.renderer());
}

void App::screenshot(const std::string& path) {
  // What the screen settles on: a screenshot never catches a slide half way. It shows the
  // panel as mounted (turned, when --rotate is given).
  transition_.reset();
  draw();
  if (canvas_) SDL_SetRenderTarget(video_.renderer(), canvas_.get());
  renderer_->draw(scene_);
  if (canvas_) {
    SDL_SetRenderTarget(video_.renderer(), nullptr);
    const SDL_Rect dst{(physical_.w - size_.w) / 2, (physical_.h - size_.h) / 2, size_.w, size_.h};
    SDL_RenderCopyEx(video_.renderer(), canvas_.get(), nullptr, &dst, degrees(options_.rotation),
                     nullptr, SDL_FLIP_NONE);
  }
  save_png(video_.renderer(), path);
  SDL_RenderPresent(video_.renderer());
  dirty_ = false;
}

void App::write_measurements() {
  if (options_.measure_path && !measurements_.write(*options_.measure_path)) {
    err_ << "kiosk: cannot write measurements to '" << *options_.measure_path << "'\n";
  }
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
    app.write_measurements();
    if (services.service != nullptr) services.service->stopping();
    return ok ? AppExit::Ok : AppExit::ScriptFailed;
  } catch (const SdlError& e) {
    err << "kiosk: " << e.what() << '\n';
    return AppExit::CannotStart;
  } catch (const std::exception& e) {
    // Nothing below is meant to throw; if something does, say so and let systemd restart.
    err << "kiosk: stopped by an unexpected error: " << e.what() << '\n';
    return AppExit::Aborted;
  }
}

}  // namespace kiosk::ui
