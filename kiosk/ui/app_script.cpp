// Running a headless script: each step becomes real SDL events, so scripts test the same
// input path a visitor uses.
#include <algorithm>
#include <cctype>

#include "ui/app_loop.hpp"

namespace kiosk::ui {
namespace {

SDL_Event finger(Uint32 type, Point p, Size size) {
  SDL_Event e{};
  e.type = type;
  e.tfinger.timestamp = SDL_GetTicks();
  e.tfinger.touchId = 1;
  e.tfinger.fingerId = 1;
  e.tfinger.x = static_cast<float>(p.x) / static_cast<float>(std::max(1, size.w));
  e.tfinger.y = static_cast<float>(p.y) / static_cast<float>(std::max(1, size.h));
  e.tfinger.pressure = 1.0F;
  return e;
}

std::string button_labels(const Scene& scene) {
  std::string labels;
  for (const Widget* w : focusable_buttons(scene)) {
    labels += (labels.empty() ? "'" : ", '") + w->text + "'";
  }
  return labels.empty() ? "none" : labels;
}

// A press step's label: "{key}" is that interface word in the language shown.
std::string label_of(const std::string& text, const Words& words) {
  if (text.size() < 3 || text.front() != '{' || text.back() != '}') return text;
  const std::optional<Ui> id = ui_from_key(std::string_view(text).substr(1, text.size() - 2));
  return id ? words(*id) : text;
}

}  // namespace

// Script coordinates are the upright picture's; fingers land on the panel as mounted.
void App::push_tap(Point from, Point to) {
  from = to_physical(from, physical_, options_.rotation);
  to = to_physical(to, physical_, options_.rotation);
  SDL_Event down = finger(SDL_FINGERDOWN, from, physical_);
  SDL_Event up = finger(SDL_FINGERUP, to, physical_);
  SDL_PushEvent(&down);
  if (from != to) {
    SDL_Event move = finger(SDL_FINGERMOTION, to, physical_);
    SDL_PushEvent(&move);
  }
  SDL_PushEvent(&up);
  drain_events();
  refresh();
}

// A finger held down for the step's time, moving evenly from `from` to `to` a frame at a time,
// each frame drawn as it would be under a real finger. Time passes as waits do: for real, or on
// the simulated clock.
void App::push_drag(const Step& s) {
  const Size panel = physical_;
  const auto at = [&](Millis done) {
    const Millis total = std::max<Millis>(1, s.ms);
    const Point p{s.from.x + static_cast<int>((s.to.x - s.from.x) * done / total),
                  s.from.y + static_cast<int>((s.to.y - s.from.y) * done / total)};
    return to_physical(p, physical_, options_.rotation);
  };
  SDL_Event down = finger(SDL_FINGERDOWN, at(0), panel);
  SDL_PushEvent(&down);
  drain_events();
  refresh();
  constexpr Millis kFrame = 16;
  for (Millis done = 0; done < s.ms && !quit_;) {
    const Millis step = std::min(kFrame, s.ms - done);
    advance(step);
    done += step;
    SDL_Event move = finger(SDL_FINGERMOTION, at(done), panel);
    SDL_PushEvent(&move);
    drain_events();
    refresh();
  }
  SDL_Event up = finger(SDL_FINGERUP, at(s.ms), panel);
  SDL_PushEvent(&up);
  drain_events();
  refresh();
}

// "Escape", "Return", "ctrl+alt+q": SDL key names with optional modifiers.
bool App::push_key(const Step& step) {
  const std::optional<KeyCombination> combination = parse_key_combination(step.text);
  if (!combination) {
    err_ << "kiosk: script line " << step.line << ": unknown key '" << step.text << "'\n";
    return false;
  }
  const SDL_Keycode code = combination->key;
  const Uint16 mods = combination->modifiers;
  SDL_Event e{};
  e.type = SDL_KEYDOWN;
  e.key.timestamp = SDL_GetTicks();
  e.key.state = SDL_PRESSED;
  e.key.keysym.sym = code;
  e.key.keysym.scancode = SDL_GetScancodeFromKey(code);
  e.key.keysym.mod = mods;
  SDL_PushEvent(&e);
  e.type = SDL_KEYUP;
  e.key.state = SDL_RELEASED;
  SDL_PushEvent(&e);
  drain_events();
  refresh();
  return true;
}

bool App::step(const Step& s) {
  refresh();  // the scene a step acts on is the one on screen
  switch (s.kind) {
    case StepKind::Wait: advance(s.ms); return true;
    case StepKind::WaitUntil: advance(until_time_of_day(static_cast<int>(s.ms))); return true;
    case StepKind::Tap: push_tap(s.from, s.from); return true;
    case StepKind::Swipe: push_tap(s.from, s.to); return true;
    case StepKind::Drag: push_drag(s); return true;
    case StepKind::Press: {
      const std::string label = label_of(s.text, words_);
      const Widget* button = find_button(scene_, label);
      if (button == nullptr || button->input.command == Command::None) {
        err_ << "kiosk: script line " << s.line << ": no button '" << label << "' on the "
             << screen_name(scene_.screen) << " screen (buttons: " << button_labels(scene_)
             << ")\n";
        return false;
      }
      push_tap(button->rect.centre(), button->rect.centre());
      return true;
    }
    case StepKind::Key: return push_key(s);
    case StepKind::Screenshot:
      try {
        screenshot(s.text);
        return true;
      } catch (const SdlError& e) {
        err_ << "kiosk: script line " << s.line << ": " << e.what() << '\n';
        return false;
      }
    case StepKind::RenderReset: {
      SDL_Event e{};
      e.type = SDL_RENDER_DEVICE_RESET;
      if (SDL_PushEvent(&e) == 1) return true;
      err_ << "kiosk: script line " << s.line << ": cannot send the reset: " << SDL_GetError()
           << '\n';
      return false;
    }
    case StepKind::Quit: quit_ = true; return true;
  }
  return false;
}

bool App::run_script(const Script& script) {
  trace_screen();
  refresh();
  for (const Step& s : script.steps) {
    if (quit_) break;
    drain_events();
    tick();
    if (!step(s)) return false;
  }
  return true;
}

}  // namespace kiosk::ui
