// Gesture classification by distance and direction.
#include "core/gesture.hpp"

#include <cstdlib>

namespace kiosk {

Gesture recognise(Point down, Point up, const Metrics& metrics) {
  const int dx = up.x - down.x;
  const int dy = up.y - down.y;
  const int slop = metrics.touch() / 3;
  if (std::abs(dx) <= slop && std::abs(dy) <= slop) return {GestureKind::Tap, down};
  if (std::abs(dx) >= metrics.touch() && std::abs(dx) * 2 >= std::abs(dy) * 3) {
    return {dx < 0 ? GestureKind::SwipeLeft : GestureKind::SwipeRight, down};
  }
  return {GestureKind::Drag, down};
}

}  // namespace kiosk
