// Opening hours.
#include "core/opening_hours.hpp"

#include <doctest/doctest.h>

using namespace kiosk;

TEST_CASE("no opening hours means always open") {
  const auto r = parse_opening_hours("");
  REQUIRE(r.hours);
  CHECK(is_open(*r.hours, 6, 3 * 60));
  CHECK(minutes_to_change(*r.hours, 0, 0) == -1);
}

TEST_CASE("day ranges, several times a day, and the closed days") {
  const auto r = parse_opening_hours("Mon-Fri 09:00-17:30; Sat 10:00-12:00,13:00-16:00");
  REQUIRE(r.hours);
  const OpeningHours& h = *r.hours;
  CHECK_FALSE(is_open(h, 0, 8 * 60 + 59));
  CHECK(is_open(h, 0, 9 * 60));
  CHECK(is_open(h, 4, 17 * 60 + 29));
  CHECK_FALSE(is_open(h, 4, 17 * 60 + 30));
  CHECK(is_open(h, 5, 11 * 60));
  CHECK_FALSE(is_open(h, 5, 12 * 60 + 30));
  CHECK_FALSE(is_open(h, 6, 12 * 60));  // Sunday closed
  CHECK(minutes_to_change(h, 0, 8 * 60) == 60);
  CHECK(minutes_to_change(h, 4, 17 * 60 + 30) ==
        6 * 60 + 30 + 10 * 60);  // Friday 17:30 to Saturday 10:00
}

TEST_CASE("a range over the week's end wraps around") {
  const auto r = parse_opening_hours("Sat-Mon 10:00-11:00");
  REQUIRE(r.hours);
  CHECK(is_open(*r.hours, 6, 10 * 60 + 30));
  CHECK(is_open(*r.hours, 0, 10 * 60 + 30));
  CHECK_FALSE(is_open(*r.hours, 1, 10 * 60 + 30));
}

TEST_CASE("mistakes are explained") {
  CHECK(parse_opening_hours("Mon-Fry 09:00-17:00").error.find("days are Mon") != std::string::npos);
  CHECK(parse_opening_hours("Mon 9-17").error.find("times are HH:MM-HH:MM") != std::string::npos);
  CHECK(parse_opening_hours("Mon 17:00-09:00").error.find("closing after opening") !=
        std::string::npos);
  CHECK(parse_opening_hours("Mon").error.find("give days, then times") != std::string::npos);
}

TEST_CASE("a time of day is two digits, a colon and two digits, within the day") {
  CHECK(parse_time_of_day("05:15") == 5 * 60 + 15);
  CHECK(parse_time_of_day("23:59") == 23 * 60 + 59);
  CHECK_FALSE(parse_time_of_day("24:00"));
  CHECK(parse_time_of_day("24:00", EndOfDay::Allowed) == 24 * 60);
  CHECK_FALSE(parse_time_of_day("-1:30"));
  CHECK_FALSE(parse_time_of_day("0x:15"));
  CHECK_FALSE(parse_time_of_day("12:60"));
  CHECK_FALSE(parse_time_of_day("9:30"));
}
