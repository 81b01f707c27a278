// The rubber band, the fling speed and where a released page settles.
#include "core/drag.hpp"

#include <doctest/doctest.h>

using namespace kiosk;

namespace {

const Metrics kPanel({800, 480});
constexpr DragRoom kMiddle{true, true, 800};
constexpr DragRoom kFirst{false, true, 800};
constexpr DragRoom kLast{true, false, 800};

}  // namespace

TEST_CASE("a page with a neighbour that way follows the finger exactly") {
  CHECK(follow(-250, kMiddle) == -250);
  CHECK(follow(300, kMiddle) == 300);
  CHECK(follow(-250, kFirst) == -250);
}

TEST_CASE("past the first or last page the page moves less and less, never the whole width") {
  CHECK(follow(100, kFirst) > 0);
  CHECK(follow(100, kFirst) < 100 * 3 / 5);
  CHECK(follow(267, kFirst) < 267 / 2);
  CHECK(follow(400, kFirst) > follow(100, kFirst));
  CHECK(follow(400, kFirst) - follow(100, kFirst) < 300 / 2);
  CHECK(follow(5000, kFirst) < 800 * 4 / 5);
  CHECK(follow(-100, kLast) == -follow(100, kFirst));
  CHECK(follow(0, kFirst) == 0);
}

TEST_CASE("the fling speed is measured over the last moments of motion only") {
  FlingMeter m;
  m.add(500, 0);
  m.add(480, 300);  // slow for a long while
  m.add(440, 340);
  m.add(400, 380);  // then 1 px/ms
  CHECK(m.velocity(380) == doctest::Approx(-1.0));
}

TEST_CASE("a finger that stopped before lifting has no fling") {
  FlingMeter m;
  m.add(500, 0);
  m.add(300, 100);
  m.add(300, 300);
  CHECK(m.velocity(300) == 0);
}

TEST_CASE("samples all at one moment (a scripted swipe) have no speed rather than an endless one") {
  FlingMeter m;
  m.add(700, 50);
  m.add(100, 50);
  CHECK(m.velocity(50) == 0);
  CHECK(FlingMeter().velocity(10) == 0);
}

TEST_CASE("a slow release past a third of the width goes on, short of it goes back") {
  CHECK(settle(-300, 0.1, kMiddle, kPanel) == DragEnd::SnapNext);
  CHECK(settle(300, -0.1, kMiddle, kPanel) == DragEnd::SnapPrevious);
  CHECK(settle(-250, -0.2, kMiddle, kPanel) == DragEnd::SnapBack);
  CHECK(settle(250, 0.2, kMiddle, kPanel) == DragEnd::SnapBack);
}

TEST_CASE("a short flick faster than 0.4 px/ms goes on the way it was flicked") {
  CHECK(settle(-60, -0.5, kMiddle, kPanel) == DragEnd::SnapNext);
  CHECK(settle(60, 0.5, kMiddle, kPanel) == DragEnd::SnapPrevious);
  CHECK(settle(-60, -0.35, kMiddle, kPanel) == DragEnd::SnapBack);
}

TEST_CASE("a page dragged far and flicked back goes back") {
  CHECK(settle(-500, 0.6, kMiddle, kPanel) == DragEnd::SnapBack);
  CHECK(settle(500, -0.6, kMiddle, kPanel) == DragEnd::SnapBack);
}

TEST_CASE("there is no snap towards a page that is not there") {
  CHECK(settle(300, 1.0, kFirst, kPanel) == DragEnd::SnapBack);
  CHECK(settle(-300, -1.0, kLast, kPanel) == DragEnd::SnapBack);
  CHECK(settle(-300, -1.0, kFirst, kPanel) == DragEnd::SnapNext);
}

TEST_CASE("the flick speed scales with the screen") {
  const Metrics big({1920, 1080});
  const DragRoom wide{true, true, 1920};
  CHECK(settle(-100, -0.5, wide, kPanel) == DragEnd::SnapNext);
  CHECK(settle(-100, -0.5, wide, big) == DragEnd::SnapBack);
  CHECK(settle(-100, -1.0, wide, big) == DragEnd::SnapNext);
}
