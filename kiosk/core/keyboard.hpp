// What a key does on a screen: move the focus, or send an input.
#pragma once

#include <optional>

#include "core/scene.hpp"

namespace kiosk {

enum class Key {
  Left,
  Right,
  Up,
  Down,
  Enter,
  Space,
  Escape,
  Tab,
  Digit1,
  Digit2,
  Digit3,
  Digit4,
  Other
};

struct KeyResponse {
  std::optional<Input> input;  // send this to the visit
  std::optional<int> focus;    // or move the keyboard focus here
  friend bool operator==(const KeyResponse&, const KeyResponse&) = default;
};

// Arrows turn pages where a screen has pages (cards, feedback) and move the focus elsewhere;
// Enter and Space press the focused button (or go on); Escape goes back; 1-4 answer a question;
// on the attract screen any key begins.
KeyResponse respond_to_key(const Scene& scene, int focus, Key key);

}  // namespace kiosk
