// The watchdog's pings from the main loop.
#include "core/watchdog.hpp"

#include <doctest/doctest.h>

using namespace kiosk;

TEST_CASE("without a watchdog nothing is ever due and the loop may sleep for ever") {
  const WatchdogSchedule w(0, 0);
  CHECK_FALSE(w.enabled());
  CHECK_FALSE(w.due(1'000'000));
  CHECK(w.next() == kNever);
}

TEST_CASE("pings go out at half the watchdog's timeout") {
  WatchdogSchedule w(10'000, 1'000);
  CHECK(w.enabled());
  CHECK(w.next() == 6'000);
  CHECK_FALSE(w.due(5'999));
  CHECK(w.due(6'000));
  w.pinged(6'100);
  CHECK(w.next() == 11'100);
  CHECK_FALSE(w.due(11'000));
}
