// Taps and swipes.
#include "core/gesture.hpp"

#include <doctest/doctest.h>

using namespace kiosk;

TEST_CASE("a touch that barely moves is a tap where it began") {
  const Metrics m({800, 480});
  CHECK(recognise({100, 100}, {100, 100}, m) == Gesture{GestureKind::Tap, {100, 100}});
  CHECK(recognise({100, 100}, {112, 108}, m).kind == GestureKind::Tap);
}

TEST_CASE("a mostly sideways movement of a touch target or more is a swipe") {
  const Metrics m({800, 480});
  CHECK(recognise({600, 200}, {200, 230}, m).kind == GestureKind::SwipeLeft);
  CHECK(recognise({200, 200}, {600, 170}, m).kind == GestureKind::SwipeRight);
}

TEST_CASE("short or diagonal movements do nothing") {
  const Metrics m({800, 480});
  CHECK(recognise({100, 100}, {140, 100}, m).kind == GestureKind::Drag);
  CHECK(recognise({100, 100}, {200, 250}, m).kind == GestureKind::Drag);
}

TEST_CASE("gesture distances scale with the screen") {
  const Metrics big({1920, 1080});
  CHECK(recognise({100, 100}, {200, 100}, big).kind == GestureKind::Drag);
  CHECK(recognise({100, 100}, {300, 100}, big).kind == GestureKind::SwipeRight);
}
