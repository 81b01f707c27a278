// Where a page dragged sideways goes: how it follows the finger (with a rubber band past the
// first and last page), how fast the finger was moving, and where a release lets it settle.
#pragma once

#include <vector>

#include "core/clock.hpp"
#include "core/geometry.hpp"
#include "core/theme.hpp"

namespace kiosk {

// The pages beside the one being dragged.
struct DragRoom {
  bool previous = false;  // a page to the left: dragging right reveals it
  bool next = false;      // a page to the right: dragging left reveals it
  int width = 0;          // the page's width in pixels
  friend bool operator==(const DragRoom&, const DragRoom&) = default;
};

enum class DragEnd { SnapNext, SnapPrevious, SnapBack };

// How far (px, + to the right) the page is drawn when the finger has moved `dx`: one to one
// towards a page that is there; towards none, less and less the further it goes (a rubber
// band: about half the way at first, a third of the width when the finger has crossed the
// whole screen, never the whole width), so the page says "no more" without refusing to move.
int follow(int dx, const DragRoom& room);

// The finger's horizontal speed over its last moments of motion. A value: copy it freely.
class FlingMeter {
 public:
  // The finger was at `x` at `at` (ms, never earlier than the last sample).
  void add(int x, Millis at);
  // Pixels a millisecond (+ to the right) over the last kWindowMs before `now`; 0 when the
  // finger has been still that long or the samples span no time (a scripted swipe).
  [[nodiscard]] double velocity(Millis now) const;

  // Long enough to smooth one jittery sample, short enough that a finger that stopped before
  // lifting is seen to have stopped.
  static constexpr Millis kWindowMs = 80;

 private:
  struct Sample {
    int x = 0;
    Millis at = 0;
  };
  std::vector<Sample> samples_;  // oldest first, none older than the window before the last
};

// Where a page released at `offset` (px, + to the right) with the finger moving at `velocity`
// (px/ms) settles. A flick faster than 0.4 px/ms (at 800x480, scaled with the screen) decides
// by its direction: onward the way it was dragged, back when it was flicked back. Slower, a
// page moved more than a third of its width goes on. There is never a snap towards a page
// that is not there.
DragEnd settle(int offset, double velocity, const DragRoom& room, const Metrics& metrics);

}  // namespace kiosk
