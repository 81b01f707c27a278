// Time as the core sees it: milliseconds on a monotonic clock that the caller supplies.
//
// The core never reads a clock itself; the front end passes `now` in, so tests (and the
// headless `--fast` mode) can run minutes of idle time in microseconds.
#pragma once

#include <cstdint>
#include <limits>

namespace kiosk {

using Millis = std::int64_t;

inline constexpr Millis kNever = std::numeric_limits<Millis>::max();

}  // namespace kiosk
