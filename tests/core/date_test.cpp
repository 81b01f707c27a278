// Content dates: parsing, display, arithmetic.
#include "core/date.hpp"

#include <doctest/doctest.h>

using namespace kiosk;

TEST_CASE("ISO dates parse at the precision they are written in") {
  CHECK(parse_iso_date("2024")->precision == DatePrecision::Year);
  CHECK(parse_iso_date("2024-04")->precision == DatePrecision::Month);
  const auto d = parse_iso_date("2024-04-06");
  REQUIRE(d);
  CHECK(d->day == 6);
  CHECK(to_iso(*d) == "2024-04-06");
}

TEST_CASE("impossible or malformed dates are refused") {
  CHECK_FALSE(parse_iso_date("2023-02-29"));
  CHECK(parse_iso_date("2024-02-29"));
  CHECK_FALSE(parse_iso_date("2024-13"));
  CHECK_FALSE(parse_iso_date("24-04-06"));
  CHECK_FALSE(parse_iso_date("2024/04/06"));
  CHECK_FALSE(parse_iso_date("April 6"));
  CHECK_FALSE(parse_iso_date(""));
}

TEST_CASE("dates read in English and say what was inferred") {
  const Date day = *parse_iso_date("2024-04-06");
  CHECK(format_date(day) == "April 6, 2024");
  CHECK(format_date(*parse_iso_date("2023-09")) == "September 2023");
  CHECK(format_date_without_year(day) == "April 6");
  CHECK(format_date_label(day, DateInference::Stated) == "April 6, 2024");
  CHECK(format_date_label(day, DateInference::YearInferred) == "April 6, 2024 (year inferred)");
  CHECK(format_date_label(*parse_iso_date("2022-12"), DateInference::WhollyInferred) ==
        "December 2022 (date inferred)");
}

TEST_CASE("day arithmetic crosses months and leap years") {
  const Date d = *parse_iso_date("2024-02-28");
  CHECK(to_iso(date_from_days(days_since_epoch(d) + 1)) == "2024-02-29");
  CHECK(to_iso(date_from_days(days_since_epoch(d) + 2)) == "2024-03-01");
  CHECK(days_since_epoch(*parse_iso_date("1970-01-01")) == 0);
}
