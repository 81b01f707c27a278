// The App's input and time: SDL events to visit inputs, ticks, and sleeping until needed.
#include <algorithm>
#include <climits>
#include <cstdlib>
#include <ctime>

#include "core/keyboard.hpp"
#include "core/staff.hpp"
#include "ui/app_loop.hpp"
#include "ui/input_events.hpp"

namespace kiosk::ui {
namespace {

constexpr Millis kFrameMs = 16;  // a frame every 16 ms during a slide: over 60 a second

Key key_of(SDL_Keycode code) {
  switch (code) {
    case SDLK_LEFT: return Key::Left;
    case SDLK_RIGHT: return Key::Right;
    case SDLK_UP: return Key::Up;
    case SDLK_DOWN: return Key::Down;
    case SDLK_RETURN:
    case SDLK_KP_ENTER: return Key::Enter;
    case SDLK_SPACE: return Key::Space;
    case SDLK_ESCAPE:
    case SDLK_AC_BACK: return Key::Escape;
    case SDLK_TAB: return Key::Tab;
    case SDLK_1:
    case SDLK_KP_1: return Key::Digit1;
    case SDLK_2:
    case SDLK_KP_2: return Key::Digit2;
    case SDLK_3:
    case SDLK_KP_3: return Key::Digit3;
    case SDLK_4:
    case SDLK_KP_4: return Key::Digit4;
    default: return Key::Other;
  }
}

// The staff panel from a keyboard: Ctrl+Alt+S.
bool is_staff_combination(const SDL_Keysym& key) {
  return key.sym == SDLK_s && (key.mod & KMOD_CTRL) != 0 && (key.mod & KMOD_ALT) != 0;
}

// handle() needs a library; with none loaded only the staff panel can open, so any empty one
// will do.
const ContentLibrary& no_content() {
  static const MemoryLibrary empty({}, {}, {}, {});
  return empty;
}

}  // namespace

void App::dispatch(const SDL_Event& e) {
  if (e.type == content_event_) {
    take_new_content();
    return;
  }
  if (e.type == speech_event_) {
    clip_finished();
    return;
  }
  if (const std::optional<PointerEvent> p = pointer_event(e, physical_)) {
    // From here until a frame shows its effect is the tap's latency.
    if (!input_at_ms_ && p->action != PointerAction::Move) input_at_ms_ = e.common.timestamp;
    // The panel may be mounted turned: touches come in its coordinates, the picture is upright.
    const Point at = to_logical(p->at, physical_, options_.rotation);
    switch (p->action) {
      case PointerAction::Press:
        pointer_down(at, event_time(e));
        if (touch_ && touch_->pressed()) press_at_ms_ = e.common.timestamp;
        break;
      case PointerAction::Move: pointer_move(at, event_time(e)); break;
      case PointerAction::Release: pointer_up(at, event_time(e)); break;
    }
    return;
  }
  if (e.type == SDL_KEYDOWN && !input_at_ms_) input_at_ms_ = e.common.timestamp;
  switch (e.type) {
    case SDL_QUIT: quit_ = true; break;
    case SDL_WINDOWEVENT:
      // Any change of the window (resized, moved to another display, made fullscreen late by
      // a window manager) may change what is visible: the layout follows the renderer's output.
      if (video_.output_size() != physical_) resize();
      if (e.window.event == SDL_WINDOWEVENT_EXPOSED) dirty_ = true;
      break;
    case SDL_SYSWMEVENT:
      // The X screen changed (X11 with no window manager): the window is asked to cover its
      // monitor, and the window event that follows lays the kiosk out anew.
      if (const std::optional<Rect> area = video_.follow_screen(e)) {
        trace("screen area " + std::to_string(area->w) + "x" + std::to_string(area->h) + "+" +
              std::to_string(area->x) + "+" + std::to_string(area->y));
      }
      break;
    case SDL_RENDER_TARGETS_RESET:
    case SDL_RENDER_DEVICE_RESET:  // the GPU lost its textures: make them anew
      resize();
      trace("renderer reset");
      break;
    case SDL_KEYDOWN: key_down(e.key); break;
    default: break;
  }
}

void App::drain_events() {
  SDL_Event e;
  while (SDL_PollEvent(&e)) dispatch(e);
}

// When `e` happened on now()'s clock: SDL's stamp in real time, so a burst of queued moves
// keeps its pace (a flick's speed); the simulated clock under --fast.
Millis App::event_time(const SDL_Event& e) const {
  if (options_.clock == ClockMode::Simulated) return now();
  // SDL's stamps are 32-bit milliseconds of the same clock; the difference survives a wrap.
  const Uint32 ago = static_cast<Uint32>(now()) - e.common.timestamp;
  return now() - static_cast<Millis>(ago);
}

void App::pointer_down(Point p, Millis at) {
  if (touch_in_the_dark(lights_, now(), options_.woken_for) == LightsChange::Woken) {
    // Outside opening hours a touch lights the kiosk up for a while; it does nothing else.
    swallow_release_ = true;
    content_arrived(state_, now());
    trace("hours woken");
    trace_screen();
    dirty_ = true;
    return;
  }
  if (note_presence(state_, now()) == Outcome::StillHereConfirmed) {
    swallow_release_ = true;  // the touch that dismisses the prompt does nothing else
    trace("idle still-here");
    dirty_ = true;
    return;
  }
  transition_.reset();  // a finger stops a slide: the page is already the one it slides to
  touch_.emplace(scene_, p, at, Metrics(size_));
  touch_moved_ = true;  // the button under the finger shows pressed on the next frame
}

void App::pointer_move(Point p, Millis at) {
  if (!touch_) return;
  const TouchOutcome before = touch_->shown();
  if (touch_->move(p, at) != before) touch_moved_ = true;
}

void App::pointer_up(Point p, Millis at) {
  if (swallow_release_) {
    swallow_release_ = false;
    return;
  }
  if (!touch_) return;
  Touch touch = *touch_;
  touch_.reset();
  touch_moved_ = true;  // whatever it pressed or dragged is drawn as it settles
  const TouchOutcome release = touch.up(p, at);
  switch (staff_gesture(state_, touch.down(), p, at - touch.since(), now(), size_)) {
    case StaffGesture::Armed: break;
    case StaffGesture::Opened: apply({Command::OpenStaff, 0}); break;
    case StaffGesture::None:
      switch (release.kind) {
        case TouchKind::Tap: apply(release.input); break;
        case TouchKind::SnapNext: snap(scene_.on_next, release.offset); break;
        case TouchKind::SnapPrevious: snap(scene_.on_previous, release.offset); break;
        case TouchKind::SnapBack: snap_back(release.offset); break;
        case TouchKind::None:
        case TouchKind::Pressed:
        case TouchKind::SlidOff:
        case TouchKind::Dragging:
        case TouchKind::Cancelled: break;
      }
      break;
  }
  previous_page_.reset();
  next_page_.reset();
}

// A released drag goes on to the page it was dragged towards, sliding on from where the
// finger left it (or appearing at once when animations are off).
void App::snap(const Input& input, int offset) {
  apply(input);
  if (transition_) transition_->moved = std::clamp(-transition_->direction * offset, 0, size_.w);
}

// A released drag that goes back: the page slides home from where the finger left it, its
// neighbour sliding away beside it.
void App::snap_back(int offset) {
  if (!animate() || offset == 0) return;
  const int direction = offset < 0 ? -1 : 1;
  transition_ = Transition{neighbour(offset), now(), direction, size_.w - std::abs(offset)};
}

void App::key_down(const SDL_KeyboardEvent& key) {
  // Quitting needs both hands on a keyboard (Ctrl+Alt+Q unless configured). No touch leads out.
  if (matches(quit_key_, key.keysym)) {
    quit_ = true;
    return;
  }
  if (is_staff_combination(key.keysym)) {
    apply({Command::OpenStaff, 0});
    return;
  }
  if (key.repeat != 0) return;
  if (note_presence(state_, now()) == Outcome::StillHereConfirmed) {
    trace("idle still-here");
    dirty_ = true;
    return;
  }
  // The listen key (a big button beside the screen) acts as the Listen button.
  if (listen_key_ && matches(*listen_key_, key.keysym)) {
    apply({Command::Listen, 0});
    return;
  }
  const KeyResponse response = respond_to_key(scene_, state_.focus, key_of(key.keysym.sym));
  if (response.focus) {
    state_.focus = *response.focus;
    dirty_ = true;
  }
  if (response.input) apply(*response.input);
}

void App::apply(const Input& input) {
  if (input.command == Command::None) return;
  const Scene before = scene_;
  const Screen screen = state_.screen;
  const int card = state_.card;
  const int page = state_.page;
  const Outcome outcome =
      handle(state_, input, now(), content_.library() ? *content_.library() : no_content(),
             options_.visit);
  after(outcome);
  if (outcome == Outcome::ScreenChanged || outcome == Outcome::Changed) {
    start_transition(before, screen, card, page);
  }
}

// Each question put in front of a visitor is logged once, and its clock starts.
void App::log_question_shown() {
  if (state_.screen != Screen::Question || content_.library() == nullptr) return;
  const RoundItem& item = current_item(state_.round);
  const std::pair<int, std::int64_t> id{state_.round.current, item.question.id};
  if (logged_question_ == id) return;
  logged_question_ = id;
  question_shown_at_ = now();
  if (answers_ != nullptr)
    answers_->shown({item.question.key, content_.library()->meta().content_version});
}

void App::after(Outcome outcome) {
  switch (outcome) {
    case Outcome::Ignored: return;
    case Outcome::AnsweredCorrectly:
    case Outcome::AnsweredWrongly: {
      const RoundItem& item = current_item(state_.round);
      const std::string id =
          item.question.key.empty() ? std::to_string(item.question.id) : item.question.key;
      trace("answer " + id + (outcome == Outcome::AnsweredCorrectly ? " correct" : " wrong"));
      if (answers_ != nullptr && content_.library() != nullptr) {
        answers_->answered({item.question.key, content_.library()->meta().content_version,
                            item.shown[static_cast<std::size_t>(*item.chosen)].text,
                            outcome == Outcome::AnsweredCorrectly, now() - question_shown_at_});
      }
      break;
    }
    case Outcome::StaffOpened:
      trace("staff open");
      if (options_.trace) {
        for (const auto& [label, value] : staff_rows()) trace("staff row " + label + ": " + value);
      }
      break;
    case Outcome::StaffClosed: trace("staff closed"); break;
    case Outcome::LanguageChanged:  // traced by follow_language, below
    case Outcome::SettingChanged:   // traced by follow_display, below
      break;
    case Outcome::ListenPressed: listen_pressed(); break;
    case Outcome::StillThereAsked: trace("idle still-there"); break;
    case Outcome::VisitEnded: trace("idle visit-ended"); break;
    case Outcome::ContentUnusable: err_ << "kiosk: the content could not be read\n"; break;
    case Outcome::Changed:
    case Outcome::ScreenChanged:
    case Outcome::StillHereConfirmed: break;  // a new screen is traced below
  }
  follow_language();
  follow_display();
  trace_screen();
  follow_speech();
  log_question_shown();
  if (state_.screen != Screen::Question) logged_question_.reset();
  report(content_.switch_if_safe(state_, now()));
  if (state_.screen == Screen::Cards && traced_card_ != state_.card) {
    traced_card_ = state_.card;
    trace("card " + std::to_string(state_.card + 1));
  }
  if (state_.screen != Screen::Cards) traced_card_ = -1;
  dirty_ = true;
}

void App::tick() {
  keep_opening_hours();
  if (watchdog_.due(now())) {
    service_->alive();  // the main loop is turning: tell systemd's watchdog
    watchdog_.pinged(now());
  }
  if (lights_.lights == Lights::Dark) return;
  after(kiosk::tick(state_, now(), options_.visit,
                    content_.library() ? content_.library()->highlight_count() : 0));
}

namespace {

// The local time of day and weekday of the wall clock, as opening hours are written.
std::tm local_clock(std::time_t t) {
  std::tm local{};
  localtime_r(&t, &local);
  return local;
}

}  // namespace

// On the simulated clock the wall clock moves with it, from where it was at start.
std::time_t App::wall_now() const {
  if (options_.clock == ClockMode::Simulated) return wall_at_start_ + simulated_now_ / 1000;
  return std::time(nullptr);
}

LocalTime App::local_time() const {
  const std::tm local = local_clock(wall_now());
  return {(local.tm_wday + 6) % 7, local.tm_hour * 60 + local.tm_min};  // Monday = 0
}

// How long until the wall clock next reads `minute` past midnight (0 within that minute).
// Through mktime, so a day of 23 or 25 hours (daylight saving begins or ends) counts right.
Millis App::until_time_of_day(int minute) const {
  const std::time_t wall = wall_now();
  const auto on_day = [&](int days_on) {
    std::tm at = local_clock(wall);
    at.tm_mday += days_on;
    at.tm_hour = minute / 60;
    at.tm_min = minute % 60;
    at.tm_sec = 0;
    at.tm_isdst = -1;  // whichever is in force on that day
    return std::mktime(&at);
  };
  const std::time_t today = on_day(0);
  if (today <= wall && wall < today + 60) return 0;
  const std::time_t next = today > wall ? today : on_day(1);
  return static_cast<Millis>(next - wall) * 1000;
}

void App::keep_opening_hours() {
  switch (follow_hours(lights_, options_.opening_hours, local_time(), now())) {
    case LightsChange::None:
    case LightsChange::Woken: return;
    case LightsChange::Closed:
      content_arrived(state_, now());  // the next visitor starts afresh
      trace("hours closed");
      follow_language();
      follow_display();
      break;
    case LightsChange::Opened:
      trace("hours open");
      trace_screen();
      break;
  }
  dirty_ = true;
}

Millis App::next_hours_change() const {
  return next_lights_change(lights_, options_.opening_hours, local_time(), now());
}

// The earliest of `until`, the visit's next deadline (none while the screen is dark: nothing
// of the visit moves then), the watchdog's and the opening hours' next change.
Millis App::next_wake(Millis until) const {
  const int highlights = content_.library() ? content_.library()->highlight_count() : 0;
  return std::min({until,
                   lights_.lights == Lights::Dark
                       ? kNever
                       : next_deadline(state_, now(), options_.visit, highlights),
                   watchdog_.next(), next_hours_change()});
}

// Sleeps until an event arrives or `until` (or the visit's next deadline) comes, handling
// everything that happens meanwhile. The loop wakes only when something is due.
void App::wait_for_events(Millis until) {
  Millis deadline = next_wake(until);
  if (animating()) deadline = std::min(deadline, last_frame_at_ + kFrameMs);  // 60 a second
  const Millis wait = deadline == kNever ? -1 : std::clamp<Millis>(deadline - now(), 0, INT_MAX);
  SDL_Event e;
  if (waiter_.wait(e, static_cast<int>(wait))) {
    dispatch(e);
    drain_events();
  }
  tick();
  refresh();
}

void App::run_interactive() {
  trace_screen();
  refresh();
  while (!quit_) wait_for_events(kNever);
}

// Lets `ms` pass: for real, or on the simulated clock by jumping from deadline to deadline.
void App::advance(Millis ms) {
  const Millis target = now() + ms;
  if (options_.clock == ClockMode::RealTime) {
    while (!quit_ && now() < target) wait_for_events(target);
    return;
  }
  while (!quit_) {
    drain_events();
    const Millis deadline = next_wake(kNever);  // as a real wait would wake
    if (deadline > target) break;
    simulated_now_ = std::max(simulated_now_, deadline);
    tick();
    refresh();
  }
  simulated_now_ = std::max(simulated_now_, target);
  tick();
  refresh();
}

}  // namespace kiosk::ui
