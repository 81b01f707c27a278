// Parsing, formatting and arithmetic of content dates.
#include "core/date.hpp"

#include <array>
#include <charconv>
#include <cstdio>

namespace kiosk {
namespace {

std::optional<int> parse_number(std::string_view text, std::size_t digits) {
  if (text.size() != digits) return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::string_view inference_name(DateInference inference) {
  switch (inference) {
    case DateInference::Stated: return "no";
    case DateInference::YearInferred: return "year";
    case DateInference::WhollyInferred: return "date";
  }
  return "no";
}

DateInference inference_from_name(std::string_view name) {
  if (name == "year") return DateInference::YearInferred;
  if (name == "date") return DateInference::WhollyInferred;
  return DateInference::Stated;
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

std::string_view month_name(int month) {
  static constexpr std::array<std::string_view, 12> kNames{
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  if (month < 1 || month > 12) return "?";
  return kNames[static_cast<std::size_t>(month - 1)];
}

std::optional<Date> parse_iso_date(std::string_view text) {
  Date date;
  const auto year = parse_number(text.substr(0, 4), 4);
  if (!year || *year < 1) return std::nullopt;
  date.year = *year;
  date.precision = DatePrecision::Year;
  if (text.size() == 4) return date;
  if (text.size() < 7 || text[4] != '-') return std::nullopt;
  const auto month = parse_number(text.substr(5, 2), 2);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  date.month = *month;
  date.precision = DatePrecision::Month;
  if (text.size() == 7) return date;
  if (text.size() != 10 || text[7] != '-') return std::nullopt;
  const auto day = parse_number(text.substr(8, 2), 2);
  if (!day || *day < 1 || *day > days_in_month(date.year, date.month)) return std::nullopt;
  date.day = *day;
  date.precision = DatePrecision::Day;
  return date;
}

std::string to_iso(const Date& date) {
  std::array<char, 16> buffer{};
  switch (date.precision) {
    case DatePrecision::Year: std::snprintf(buffer.data(), buffer.size(), "%04d", date.year); break;
    case DatePrecision::Month:
      std::snprintf(buffer.data(), buffer.size(), "%04d-%02d", date.year, date.month);
      break;
    case DatePrecision::Day:
      std::snprintf(buffer.data(), buffer.size(), "%04d-%02d-%02d", date.year, date.month,
                    date.day);
      break;
  }
  return buffer.data();
}

std::string format_date_without_year(const Date& date) {
  switch (date.precision) {
    case DatePrecision::Year: return std::to_string(date.year);
    case DatePrecision::Month: return std::string(month_name(date.month));
    case DatePrecision::Day:
      return std::string(month_name(date.month)) + " " + std::to_string(date.day);
  }
  return {};
}

std::string format_short_date(const Date& date) {
  const std::string month(month_name(date.month).substr(0, 3));
  switch (date.precision) {
    case DatePrecision::Year: return std::to_string(date.year);
    case DatePrecision::Month: return month + " " + std::to_string(date.year);
    case DatePrecision::Day:
      return month + " " + std::to_string(date.day) + ", " + std::to_string(date.year);
  }
  return std::to_string(date.year);
}

std::string format_date(const Date& date) {
  switch (date.precision) {
    case DatePrecision::Year: return std::to_string(date.year);
    case DatePrecision::Month:
      return std::string(month_name(date.month)) + " " + std::to_string(date.year);
    case DatePrecision::Day:
      return format_date_without_year(date) + ", " + std::to_string(date.year);
  }
  return {};
}

std::string format_date_label(const Date& date, DateInference inference) {
  switch (inference) {
    case DateInference::Stated: return format_date(date);
    case DateInference::YearInferred: return format_date(date) + " (year inferred)";
    case DateInference::WhollyInferred: return format_date(date) + " (date inferred)";
  }
  return format_date(date);
}

// Howard Hinnant's days_from_civil / civil_from_days.
long days_since_epoch(const Date& date) {
  const int y = date.year - (date.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (date.month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + date.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date date_from_days(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return Date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d), DatePrecision::Day};
}

}  // namespace kiosk
