// SDL's pointer events (touch and mouse) as one kind of press, move and release, in pixels.
#pragma once

#include <optional>

#include "core/geometry.hpp"
#include "ui/sdl.hpp"

namespace kiosk::ui {

enum class PointerAction { Press, Move, Release };

struct PointerEvent {
  PointerAction action = PointerAction::Press;
  Point at;
  friend bool operator==(const PointerEvent&, const PointerEvent&) = default;
};

// The press, move or release in `event`, if it is one: a finger (position scaled from
// fractions of the window to `size`) or the left mouse button (a mouse moving with it up is
// no pointer). Mouse events that SDL synthesises from a touch (which == SDL_TOUCH_MOUSEID) are
// dropped, so a tap counts once.
std::optional<PointerEvent> pointer_event(const SDL_Event& event, Size size);

}  // namespace kiosk::ui
