// The App's life: start-up, content, drawing, and run_app's error handling.
#include "ui/app.hpp"

#include <chrono>
#include <cmath>
#include <fstream>
#include <sstream>

#include "core/screens/screens.hpp"
#include "core/screens/transitions.hpp"
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
      font_files_(find_fonts(options.fonts_dir)),
      wall_at_start_(options.simulated_wall_start.value_or(std::time(nullptr))) {
  const std::optional<KeyCombination> quit = parse_key_combination(options.quit_key);
  if (!quit)
    throw SdlError("the quit key '" + options.quit_key +
                   "' is not a key combination (e.g. ctrl+alt+q)");
  quit_key_ = *quit;
  if (!options.listen_key.empty()) {
    listen_key_ = parse_key_combination(options.listen_key);
    if (!listen_key_)
      throw SdlError("the listen key '" + options.listen_key + "' is not a key (e.g. f9)");
  }
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
  const Metrics metrics(size_, shown_display_.text);
  text_.reset();
  renderer_.reset();
  fonts_ = std::make_unique<FontSet>(font_files_, metrics);
  text_ = std::make_unique<TextCache>(video_.renderer(), *fonts_, text_budget(size_),
                                      video_.max_texture());
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

void App::load_content() { report(content_.start(provider_.load(), state_, now())); }

void App::take_new_content() {
  if (std::optional<ContentLoad> load = provider_.poll()) {
    report(content_.receive(std::move(*load), state_));
  }
  report(content_.switch_if_safe(state_, now()));
}

// Tells the trace, the log and the screen what a content step did.
void App::report(ContentChange change) {
  switch (change) {
    case ContentChange::None:
    case ContentChange::Waiting: return;
    case ContentChange::Loading: trace("content loading"); break;
    case ContentChange::Loaded:
      content_switched_ = true;
      trace("content loaded " + content_.detail());
      break;
    case ContentChange::Rejected:
      err_ << "kiosk: new content rejected: " << content_.detail() << '\n';
      trace("content rejected " + content_.detail());
      if (!state_.staff_since) return;  // only the staff panel shows it
      break;
    case ContentChange::Withdrawn:
      err_ << "kiosk: content unavailable: " << content_.detail() << '\n';
      trace("content rejected " + content_.detail());
      break;
  }
  follow_language();
  follow_display();
  trace_screen();
  follow_speech();
  dirty_ = true;
}

// Puts every text in the visit's language, or in the kiosk's default when the visit has none
// (a new visit): the `language` setting when the content offers it, else the content's own.
void App::follow_language() {
  const ContentLibrary* library = content_.library();
  // Called after every input: nothing to do unless the content or the visit's choice changed.
  if (words_made_ && library == words_from_ && state_.language == words_asked_) return;
  words_made_ = true;
  words_from_ = library;
  words_asked_ = state_.language;
  if (library == nullptr) {
    words_ = Words(options_.language);  // no file to take words from: the built-in ones
    return;
  }
  const std::vector<LanguageChoice> offered = library->languages();
  const auto offers = [&](const std::string& code) {
    return std::any_of(offered.begin(), offered.end(),
                       [&](const LanguageChoice& l) { return l.code == code; });
  };
  const std::string fallback = library->meta().default_language.empty()
                                   ? (offered.empty() ? "" : offered.front().code)
                                   : library->meta().default_language;
  std::string wanted = state_.language;
  if (wanted.empty()) wanted = offers(options_.language) ? options_.language : fallback;
  content_.set_language(wanted);
  words_ = Words(*library, wanted, fallback);
  // The first language shown is not a change; every later one, a visit's end included, is.
  if (!shown_language_.empty() && wanted != shown_language_) trace("language " + wanted);
  shown_language_ = wanted;
  dirty_ = true;
}

// Shows the visit's display options: traces each that changed (a visit's end turns them all
// off) and sizes the fonts anew when the text size did.
void App::follow_display() {
  const DisplayOptions wanted = state_.display;
  if (wanted == shown_display_) return;
  for (const DisplaySetting setting : kDisplaySettings) {
    const bool on = is_on(wanted, setting);
    if (on != is_on(shown_display_, setting)) {
      trace("setting " + std::string(setting_name(setting)) + (on ? " on" : " off"));
    }
  }
  const bool resized = wanted.text != shown_display_.text;
  shown_display_ = wanted;
  if (resized) resize();
  dirty_ = true;
}

StaffRows App::staff_rows() const {
  StaffFacts facts;
  facts.library = content_.library();
  facts.provider = provider_.status();
  facts.last_reload = content_.last_reload();
  facts.up_for = now() - started_at_;
  if (answers_ != nullptr) facts.answers = answers_->status();
  facts.settings_notice = options_.settings_notice;
  if (speaker_ && speaker_->device() == AudioDevice::Missing) {
    facts.speech_notice = speaker_->problem();
  }
  return kiosk::staff_rows(facts);
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
  scene_ = scene_of(state_);
}

// The scene `state` shows, at this size, in the words shown now.
Scene App::scene_of(const VisitState& state) const {
  const SceneContext context{state,
                             content_.library(),
                             still_there_seconds_left(state, now(), options_.visit),
                             options_.visit.round_length,
                             state.staff_since ? staff_rows() : StaffRows{},
                             content_.loading(),
                             &words_,
                             listen_button()};
  return build_scene(context, size_, *fonts_);
}

// Whether changes move on screen or simply appear: slides between screens and cards, and a
// released drag settling. Every animation asks here, so one switch turns them all off: a
// visitor who asked for reduced motion sees every change at once.
bool App::animate() const {
  return options_.transition_ms > 0 && options_.clock != ClockMode::Simulated &&
         state_.display.motion == Motion::Full;
}

void App::start_transition(const Scene& from, Screen before, int card_before, int page_before) {
  if (!animate()) return;
  const int direction =
      slide_direction(before, card_before, page_before, state_.screen, state_.card, state_.page);
  if (direction != 0) transition_ = Transition{from, now(), direction, 0};
}

// The page a drag at `offset` (px, + to the right) reveals beside the current one: what
// on_next (dragged left) or on_previous would show, from a copy of the visit, made once a
// drag. Empty when there is none that way (the rubber band shows the background).
const Scene& App::neighbour(int offset) {
  std::optional<Scene>& page = offset < 0 ? next_page_ : previous_page_;
  if (page) return *page;
  const Input& input = offset < 0 ? scene_.on_next : scene_.on_previous;
  page.emplace();
  if (input.command != Command::None && content_.library() != nullptr) {
    VisitState copy = state_;
    handle(copy, input, now(), *content_.library(), options_.visit);
    page = scene_of(copy);
  }
  return *page;
}

// Draws `a` shifted right by `a_dx` and `b` by `b_dx`: a page and the one beside it. A side
// with no page (no widgets) shows the background.
void App::draw_pair(const Scene& a, int a_dx, const Scene& b, int b_dx) {
  if (a.widgets.empty() || b.widgets.empty()) {
    const Rgba c = rgba(Colour::Background, state_.display.contrast);
    SDL_SetRenderDrawColor(video_.renderer(), c.r, c.g, c.b, c.a);
    SDL_RenderClear(video_.renderer());
  }
  renderer_->draw(a, a_dx);
  renderer_->draw(b, b_dx);
}

// Draws the scene (rebuilt only when the state changed), sliding in over the old one while a
// transition runs, presents it, and records what it cost.
void App::refresh() {
  if (!dirty_ && !transition_ && !touch_moved_) return;
  const std::int64_t start = monotonic_ns();
  last_frame_at_ = now();  // frames are paced from their start, so work does not slow the rate
  // A frame that rebuilds the scene is a redraw even if a slide starts with it; the frames
  // after it only move what is already drawn.
  const bool animation = transition_.has_value() && !dirty_;
  const bool dragged = !transition_ && touch_ && touch_->shown().kind == TouchKind::Dragging;
  if (dirty_) draw();
  text_->begin_frame();
  if (canvas_) SDL_SetRenderTarget(video_.renderer(), canvas_.get());
  // No clear: every scene begins with a box over the whole screen.
  if (transition_) {
    const double t =
        std::min(1.0, double(now() - transition_->start) / double(options_.transition_ms));
    const double eased = 1.0 - (1.0 - t) * (1.0 - t) * (1.0 - t);
    const int from = transition_->moved;
    const int moved = from + static_cast<int>(std::lround(eased * (size_.w - from)));
    draw_pair(transition_->from, -transition_->direction * moved, scene_,
              transition_->direction * (size_.w - moved));
    if (t >= 1.0) transition_.reset();
  } else if (dragged) {
    // The page under the finger, and the one it reveals beside it.
    const int offset = touch_->shown().offset;
    draw_pair(scene_, offset, neighbour(offset), offset < 0 ? offset + size_.w : offset - size_.w);
  } else {
    renderer_->draw(scene_, 0, touch_ ? touch_->pressed() : std::nullopt);
  }
  present();
  const std::int64_t end = monotonic_ns();
  measurements_.frame(
      end, double(end - start) / 1e6,
      animation ? FrameKind::Animation : (dragged ? FrameKind::Drag : FrameKind::Redraw));
  if (input_at_ms_) {
    measurements_.input_shown(double(SDL_GetTicks64() - *input_at_ms_));
    input_at_ms_.reset();
  }
  if (press_at_ms_) {
    measurements_.press_shown(double(SDL_GetTicks64() - *press_at_ms_));
    press_at_ms_.reset();
  }
  touch_moved_ = false;
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
