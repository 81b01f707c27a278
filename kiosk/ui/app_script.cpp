// Running a headless script: each step becomes real SDL events, so scripts test the same
// input path a visitor uses.
#include <algorithm>
#include <cctype>

#include "ui/app_loop.hpp"

namespace kiosk::ui {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

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

}  // namespace

void App::push_tap(Point from, Point to) {
  SDL_Event down = finger(SDL_FINGERDOWN, from, size_);
  SDL_Event up = finger(SDL_FINGERUP, to, size_);
  SDL_PushEvent(&down);
  if (from != to) {
    SDL_Event move = finger(SDL_FINGERMOTION, to, size_);
    SDL_PushEvent(&move);
  }
  SDL_PushEvent(&up);
  drain_events();
  refresh();
}

// "Escape", "Return", "ctrl+alt+q": SDL key names with optional modifiers.
bool App::push_key(const Step& step) {
  std::string name = step.text;
  Uint16 mods = KMOD_NONE;
  for (std::size_t plus; (plus = name.find('+')) != std::string::npos && plus + 1 < name.size();) {
    const std::string mod = lower(name.substr(0, plus));
    if (mod == "ctrl") mods |= KMOD_LCTRL;
    else if (mod == "alt") mods |= KMOD_LALT;
    else if (mod == "shift") mods |= KMOD_LSHIFT;
    else break;
    name = name.substr(plus + 1);
  }
  const SDL_Keycode code = SDL_GetKeyFromName(name.c_str());
  if (code == SDLK_UNKNOWN) {
    err_ << "kiosk: script line " << step.line << ": unknown key '" << step.text << "'\n";
    return false;
  }
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
    case StepKind::Tap: push_tap(s.from, s.from); return true;
    case StepKind::Swipe: push_tap(s.from, s.to); return true;
    case StepKind::Press: {
      const Widget* button = find_button(scene_, s.text);
      if (button == nullptr || button->input.command == Command::None) {
        err_ << "kiosk: script line " << s.line << ": no button '" << s.text << "' on the "
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
