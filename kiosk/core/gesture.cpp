// One finger's gesture: press, slide off and back, drag, release.
#include "core/gesture.hpp"

#include <cstdlib>

namespace kiosk {
namespace {

// How far a finger may wander and still be where it went down: about 10 px on a 7" panel
// (1.5 mm), which a steady tap stays within and a deliberate drag leaves at once.
constexpr double kSlop = 10;

// The topmost button under `p`, if it does something (a button that sends nothing is
// decoration and blocks what is under it, as hit_test does).
const Widget* button_at(const Scene& scene, Point p) {
  for (auto it = scene.widgets.rbegin(); it != scene.widgets.rend(); ++it) {
    if (it->kind != WidgetKind::Button || !it->rect.contains(p)) continue;
    return it->input.command == Command::None ? nullptr : &*it;
  }
  return nullptr;
}

}  // namespace

Touch::Touch(const Scene& scene, Point at, Millis now, const Metrics& metrics)
    : down_(at), since_(now), slop_(metrics.px(kSlop)), metrics_(metrics) {
  if (const Widget* b = button_at(scene, at)) {
    button_ = b->rect;
    input_ = b->input;
    shown_ = {TouchKind::Pressed, 0, {}};
  }
  room_ = {scene.on_previous.command != Command::None, scene.on_next.command != Command::None,
           scene.size.w};
  fling_.add(at.x, now);
}

// A finger a little past the button's edge is still on it: the slop applies there too.
bool Touch::on_button(Point at) const { return button_ && button_->inset(-slop_).contains(at); }

TouchOutcome Touch::move(Point at, Millis now) {
  fling_.add(at.x, now);
  const int dx = at.x - down_.x;
  const int dy = at.y - down_.y;
  const bool pages = room_.previous || room_.next;
  if (!dragging_ && pages && std::abs(dx) > slop_ && std::abs(dx) >= std::abs(dy)) {
    dragging_ = true;  // the page has it now: the press is over for good
  }
  if (dragging_) {
    shown_ = {TouchKind::Dragging, follow(dx, room_), {}};
  } else if (button_) {
    shown_ = {on_button(at) ? TouchKind::Pressed : TouchKind::SlidOff, 0, {}};
  }
  return shown_;
}

TouchOutcome Touch::up(Point at, Millis now) {
  move(at, now);
  const TouchOutcome last = shown_;
  shown_ = {};
  if (dragging_) {
    switch (settle(last.offset, fling_.velocity(now), room_, metrics_)) {
      case DragEnd::SnapNext: return {TouchKind::SnapNext, last.offset, {}};
      case DragEnd::SnapPrevious: return {TouchKind::SnapPrevious, last.offset, {}};
      case DragEnd::SnapBack: return {TouchKind::SnapBack, last.offset, {}};
    }
  }
  if (!button_) return {};
  if (last.kind == TouchKind::Pressed) return {TouchKind::Tap, 0, input_};
  return {TouchKind::Cancelled, 0, {}};
}

std::optional<Rect> Touch::pressed() const {
  if (shown_.kind != TouchKind::Pressed) return std::nullopt;
  return button_;
}

}  // namespace kiosk
