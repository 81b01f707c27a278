// The watchdog schedule.
#include "core/watchdog.hpp"

namespace kiosk {

WatchdogSchedule::WatchdogSchedule(Millis timeout, Millis now)
    : interval_(timeout > 0 ? timeout / 2 : 0), last_(now) {}

}  // namespace kiosk
