// Dark and lit by opening hours and touches.
#include "core/lights.hpp"

#include <algorithm>

namespace kiosk {

LightsChange follow_hours(LightsState& state, const OpeningHours& hours, LocalTime local,
                          Millis now) {
  if (hours.always_open) return LightsChange::None;
  const bool open = is_open(hours, local.weekday, local.minute) || now < state.woken_until;
  const Lights wanted = open ? Lights::On : Lights::Dark;
  if (wanted == state.lights) return LightsChange::None;
  state.lights = wanted;
  return open ? LightsChange::Opened : LightsChange::Closed;
}

LightsChange touch_in_the_dark(LightsState& state, Millis now, Millis woken_for) {
  if (state.lights == Lights::On) return LightsChange::None;
  state.lights = Lights::On;
  state.woken_until = now + woken_for;
  return LightsChange::Woken;
}

Millis next_lights_change(const LightsState& state, const OpeningHours& hours, LocalTime local,
                          Millis now) {
  if (hours.always_open) return kNever;
  if (now < state.woken_until) return state.woken_until;
  const int minutes = minutes_to_change(hours, local.weekday, local.minute);
  // Wake at the start of the minute it changes (never sooner than a second from now).
  return minutes < 0 ? kNever : now + std::max<Millis>(1000, Millis{minutes} * 60'000 - 59'000);
}

}  // namespace kiosk
