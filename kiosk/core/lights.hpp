// Whether the screen is lit: dark outside opening hours, lit for a while by a touch.
//
// The decisions ui::App used to make about opening hours, as plain logic on an injected clock
// and local time, so they are tested without a screen and without waiting for a real evening.
#pragma once

#include "core/clock.hpp"
#include "core/opening_hours.hpp"

namespace kiosk {

enum class Lights { On, Dark };

struct LightsState {
  Lights lights = Lights::On;
  Millis woken_until = 0;  // a touch in the dark keeps the screen lit until then
  friend bool operator==(const LightsState&, const LightsState&) = default;
};

// Local wall-clock time, as opening hours are written: 0 = Monday, minutes since midnight.
struct LocalTime {
  int weekday = 0;
  int minute = 0;
};

// What changed, for the front end to switch on (trace, a fresh visit, a redraw).
enum class LightsChange { None, Closed, Opened, Woken };

// Applies the time: dark outside `hours` unless a touch woke it until later than `now`.
LightsChange follow_hours(LightsState& state, const OpeningHours& hours, LocalTime local,
                          Millis now);

// A touch: in the dark it lights the screen for `woken_for` and does nothing else (Woken);
// otherwise None, and the touch is the visitor's.
LightsChange touch_in_the_dark(LightsState& state, Millis now, Millis woken_for);

// When follow_hours could next change something (kNever if the hours never change): the
// start of the minute the hours open or close, or the end of a touch's wake.
Millis next_lights_change(const LightsState& state, const OpeningHours& hours, LocalTime local,
                          Millis now);

}  // namespace kiosk
