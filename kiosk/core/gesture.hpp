// One finger (or mouse button) from down to up: the button it presses, a page it drags, and
// what its release does. The front end feeds it points with their times and draws and acts on
// the outcomes; it never looks at a screen, so tests run whole gestures in microseconds.
#pragma once

#include <optional>

#include "core/clock.hpp"
#include "core/drag.hpp"
#include "core/geometry.hpp"
#include "core/scene.hpp"
#include "core/theme.hpp"

namespace kiosk {

enum class TouchKind {
  None,          // nothing to show: not on a button, and not dragging
  Pressed,       // on the button it went down on: draw that button pressed
  SlidOff,       // off its button: drawn as usual; coming back onto it presses it again
  Dragging,      // the page follows the finger, drawn `offset` px to the right
  Tap,           // released on its button: send `input`
  SnapNext,      // a drag released: the page settles from `offset` onto the next one,
  SnapPrevious,  // ... onto the previous one,
  SnapBack,      // ... or back where it was
  Cancelled,     // released off its button: nothing happens
};

struct TouchOutcome {
  TouchKind kind = TouchKind::None;
  int offset = 0;  // Dragging and the snaps: where the finger left the page
  Input input;     // Tap: the button's input
  friend bool operator==(const TouchOutcome&, const TouchOutcome&) = default;
};

class Touch {
 public:
  // A finger went down at `at` on `scene`. On a button (the topmost under it, one that does
  // something) it presses it; on a scene that pages sideways (on_next or on_previous) it may
  // become a drag of the page. `metrics` sizes the slop and the flick speed.
  Touch(const Scene& scene, Point at, Millis now, const Metrics& metrics);

  // The finger moved to `at`. A finger that moved no more than the slop (10 px at 800x480) is
  // still where it went down: fingers wobble. Past it, mostly sideways, on a scene that pages,
  // the page follows the finger and the press is over; otherwise the button stays pressed
  // while the finger is on it (or within the slop of its edge).
  TouchOutcome move(Point at, Millis now);

  // The finger lifted at `at`: Tap on its button, a snap after a drag (see `settle`),
  // Cancelled off its button, None otherwise.
  TouchOutcome up(Point at, Millis now);

  // What the last event left on screen: Pressed, SlidOff, Dragging or None.
  [[nodiscard]] const TouchOutcome& shown() const { return shown_; }
  // The button to draw pressed now, if any.
  [[nodiscard]] std::optional<Rect> pressed() const;
  [[nodiscard]] Point down() const { return down_; }
  [[nodiscard]] Millis since() const { return since_; }

 private:
  [[nodiscard]] bool on_button(Point at) const;

  Point down_;
  Millis since_ = 0;
  int slop_ = 0;
  Metrics metrics_;
  std::optional<Rect> button_;  // the button it went down on
  Input input_;                 // ... and what it sends
  DragRoom room_;
  bool dragging_ = false;
  FlingMeter fling_;
  TouchOutcome shown_;
};

}  // namespace kiosk
