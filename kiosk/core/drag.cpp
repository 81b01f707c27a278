// The rubber band, the fling speed and the snap rule.
#include "core/drag.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace kiosk {
namespace {

// Reference px a millisecond (800x480) a release must beat to count as a flick.
constexpr double kFlingSpeed = 0.4;
// The rubber band's stiffness: iOS's 0.55 feels right to most hands.
constexpr double kRubber = 0.55;

}  // namespace

int follow(int dx, const DragRoom& room) {
  const bool open = dx < 0 ? room.next : room.previous;
  if (open || dx == 0 || room.width <= 0) return dx;
  const double d = room.width;
  const double x = std::abs(dx);
  const double resisted = (1.0 - 1.0 / (x * kRubber / d + 1.0)) * d;
  const int moved = static_cast<int>(std::lround(resisted));
  return dx < 0 ? -moved : moved;
}

void FlingMeter::add(int x, Millis at) {
  samples_.push_back({x, at});
  // Samples older than the window before this one can never be used again.
  const auto stale = std::find_if(samples_.begin(), samples_.end(),
                                  [&](const Sample& s) { return s.at >= at - kWindowMs; });
  samples_.erase(samples_.begin(), stale);
}

double FlingMeter::velocity(Millis now) const {
  const auto first = std::find_if(samples_.begin(), samples_.end(),
                                  [&](const Sample& s) { return s.at >= now - kWindowMs; });
  if (first == samples_.end()) return 0;
  const Sample& last = samples_.back();
  if (last.at <= first->at) return 0;
  return double(last.x - first->x) / double(last.at - first->at);
}

DragEnd settle(int offset, double velocity, const DragRoom& room, const Metrics& metrics) {
  const auto onward = [&](int direction) {
    // Dragged left (direction < 0) shows the next page; right, the previous one.
    if (direction < 0) return room.next ? DragEnd::SnapNext : DragEnd::SnapBack;
    return room.previous ? DragEnd::SnapPrevious : DragEnd::SnapBack;
  };
  if (std::abs(velocity) >= kFlingSpeed * metrics.scale) {
    const bool with_the_drag = (velocity < 0) == (offset < 0) && offset != 0;
    return with_the_drag ? onward(offset) : DragEnd::SnapBack;
  }
  if (std::abs(offset) * 3 > room.width) return onward(offset);
  return DragEnd::SnapBack;
}

}  // namespace kiosk
