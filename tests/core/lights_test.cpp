// Dark outside opening hours, lit by a touch: on a simulated clock and calendar.
#include "core/lights.hpp"

#include <doctest/doctest.h>

using namespace kiosk;

namespace {

OpeningHours weekdays_nine_to_five() { return *parse_opening_hours("Mon-Fri 09:00-17:00").hours; }

constexpr LocalTime kMondayNoon{0, 12 * 60};
constexpr LocalTime kMondayEvening{0, 18 * 60};
constexpr LocalTime kSundayNoon{6, 12 * 60};

}  // namespace

TEST_CASE("the screen goes dark when the hours close and lights when they open") {
  const OpeningHours hours = weekdays_nine_to_five();
  LightsState s;
  CHECK(follow_hours(s, hours, kMondayNoon, 0) == LightsChange::None);
  CHECK(s.lights == Lights::On);
  CHECK(follow_hours(s, hours, kMondayEvening, 1000) == LightsChange::Closed);
  CHECK(s.lights == Lights::Dark);
  CHECK(follow_hours(s, hours, kMondayEvening, 2000) == LightsChange::None);  // said once
  CHECK(follow_hours(s, hours, LocalTime{1, 9 * 60}, 3000) == LightsChange::Opened);
  CHECK(s.lights == Lights::On);
}

TEST_CASE("always open never goes dark") {
  LightsState s;
  CHECK(follow_hours(s, OpeningHours{}, kSundayNoon, 0) == LightsChange::None);
  CHECK(s.lights == Lights::On);
  CHECK(next_lights_change(s, OpeningHours{}, kSundayNoon, 0) == kNever);
}

TEST_CASE("a touch in the dark lights the screen for a while, then the hours darken it again") {
  const OpeningHours hours = weekdays_nine_to_five();
  LightsState s;
  follow_hours(s, hours, kSundayNoon, 0);
  REQUIRE(s.lights == Lights::Dark);
  CHECK(touch_in_the_dark(s, 10'000, 120'000) == LightsChange::Woken);
  CHECK(s.lights == Lights::On);
  CHECK(touch_in_the_dark(s, 11'000, 120'000) == LightsChange::None);  // now the visitor's touch
  CHECK(follow_hours(s, hours, kSundayNoon, 100'000) == LightsChange::None);  // still woken
  CHECK(next_lights_change(s, hours, kSundayNoon, 100'000) == 130'000);
  CHECK(follow_hours(s, hours, kSundayNoon, 130'000) == LightsChange::Closed);
}

TEST_CASE("the next change comes at the start of the minute the hours open or close") {
  const OpeningHours hours = weekdays_nine_to_five();
  LightsState s;
  // Monday 16:58: closes in 2 minutes; wake at the start of the minute it changes.
  const Millis at = next_lights_change(s, hours, LocalTime{0, 16 * 60 + 58}, 0);
  CHECK(at == 2 * 60'000 - 59'000);
  // Never sooner than a second from now.
  CHECK(next_lights_change(s, hours, LocalTime{0, 16 * 60 + 59}, 0) == 1000);
}
