// Keyboard navigation over a scene's buttons.
#include "core/keyboard.hpp"

namespace kiosk {
namespace {

KeyResponse move_focus(const Scene& scene, int focus, int delta) {
  const int count = static_cast<int>(focusable_buttons(scene).size());
  if (count == 0) return {};
  if (focus < 0) return {std::nullopt, delta > 0 ? 0 : count - 1};
  return {std::nullopt, ((focus + delta) % count + count) % count};
}

KeyResponse send(const Input& input) {
  if (input.command == Command::None) return {};
  return {input, std::nullopt};
}

KeyResponse activate(const Scene& scene, int focus) {
  const auto buttons = focusable_buttons(scene);
  if (focus >= 0 && focus < static_cast<int>(buttons.size())) {
    return send(buttons[static_cast<std::size_t>(focus)]->input);
  }
  if (scene.on_next.command != Command::None) return send(scene.on_next);
  return move_focus(scene, -1, +1);
}

std::optional<int> digit(Key key) {
  switch (key) {
    case Key::Digit1: return 0;
    case Key::Digit2: return 1;
    case Key::Digit3: return 2;
    case Key::Digit4: return 3;
    case Key::Left:
    case Key::Right:
    case Key::Up:
    case Key::Down:
    case Key::Enter:
    case Key::Space:
    case Key::Escape:
    case Key::Tab:
    case Key::Other: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

KeyResponse respond_to_key(const Scene& scene, int focus, Key key) {
  // Escape is always the scene's way back: nothing on the attract screen, closing the staff
  // panel wherever it is open.
  if (key == Key::Escape) return send(scene.on_back);
  if (scene.screen == Screen::Attract) return send({Command::Begin, 0});
  if (scene.screen == Screen::Question && digit(key)) return send({Command::Choose, *digit(key)});
  const bool pages_sideways =
      scene.on_next.command != Command::None || scene.on_previous.command != Command::None;
  switch (key) {
    case Key::Left: return pages_sideways ? send(scene.on_previous) : move_focus(scene, focus, -1);
    case Key::Right: return pages_sideways ? send(scene.on_next) : move_focus(scene, focus, +1);
    case Key::Up: return move_focus(scene, focus, -1);
    case Key::Down:
    case Key::Tab: return move_focus(scene, focus, +1);
    case Key::Enter:
    case Key::Space: return activate(scene, focus);
    case Key::Escape:
    case Key::Digit1:
    case Key::Digit2:
    case Key::Digit3:
    case Key::Digit4:
    case Key::Other: return {};
  }
  return {};
}

}  // namespace kiosk
