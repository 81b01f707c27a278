// Telling a tap from a swipe, from where a finger (or mouse button) went down and came up.
#pragma once

#include "core/geometry.hpp"
#include "core/theme.hpp"

namespace kiosk {

enum class GestureKind { Tap, SwipeLeft, SwipeRight, Drag };

struct Gesture {
  GestureKind kind = GestureKind::Tap;
  Point at;  // where it began
  friend bool operator==(const Gesture&, const Gesture&) = default;
};

// A touch that moved less than a third of a touch target is a tap (fingers wobble); one that
// moved mostly sideways by at least a touch target is a swipe; anything else is a drag, which
// does nothing.
Gesture recognise(Point down, Point up, const Metrics& metrics);

}  // namespace kiosk
