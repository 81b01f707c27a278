// Calendar dates as the content gives them: a year, a month or a day, stated or inferred.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

enum class DatePrecision { Year, Month, Day };

// How much of a date the documents state; the rest was worked out by a curator.
enum class DateInference { Stated, YearInferred, WhollyInferred };

struct Date {
  int year = 0;
  int month = 0;  // 1..12, 0 when precision is Year
  int day = 0;    // 1..31, 0 unless precision is Day
  DatePrecision precision = DatePrecision::Day;

  friend bool operator==(const Date&, const Date&) = default;
  // NOLINTNEXTLINE(modernize-use-nullptr): the 0 is the compiler's (llvm/llvm-project#53961)
  friend auto operator<=>(const Date&, const Date&) = default;
};

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real calendar day); nullopt otherwise.
std::optional<Date> parse_iso_date(std::string_view text);

// The date back in ISO 8601 at its own precision.
std::string to_iso(const Date& date);

// English display forms: "April 6, 2024", "April 2024", "2024".
std::string format_date(const Date& date);
// Without the year: "April 6" (a Day date) or "April" (a Month date); the year for Year dates.
std::string format_date_without_year(const Date& date);
// Short, for a timeline: "Dec 24, 2022", "Dec 2022", "2022".
std::string format_short_date(const Date& date);
// The display form that says what was inferred: "April 6, 2024 (year inferred)",
// "December 24, 2022 (date inferred)" (not "around": that reads as approximate).
std::string format_date_label(const Date& date, DateInference inference);

// How an inference is stored: "no", "year" or "date"; and back (Stated for anything else).
std::string_view inference_name(DateInference inference);
DateInference inference_from_name(std::string_view name);

// Days since 1970-01-01 of a Day-precision date, and back (proleptic Gregorian calendar).
long days_since_epoch(const Date& date);
Date date_from_days(long days);

bool is_leap_year(int year);
int days_in_month(int year, int month);

std::string_view month_name(int month);

}  // namespace kiosk
