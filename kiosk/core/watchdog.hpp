// When to tell systemd's watchdog that the kiosk is alive: from the main loop, so a frozen loop
// stops the pings and systemd restarts the kiosk within seconds.
#pragma once

#include "core/clock.hpp"

namespace kiosk {

class WatchdogSchedule {
 public:
  // `timeout`: systemd's WatchdogSec (0: no watchdog). Pings go out at half of it, as
  // sd_watchdog_enabled(3) advises.
  WatchdogSchedule(Millis timeout, Millis now);

  bool enabled() const { return interval_ > 0; }
  // Whether a ping is due at `now`.
  bool due(Millis now) const { return enabled() && now >= last_ + interval_; }
  // Record a ping sent at `now`.
  void pinged(Millis now) { last_ = now; }
  // When the loop must wake up next for the watchdog (kNever without one).
  Millis next() const { return enabled() ? last_ + interval_ : kNever; }

 private:
  Millis interval_ = 0;
  Millis last_ = 0;
};

}  // namespace kiosk
