// Parsing and asking opening hours.
#include "core/opening_hours.hpp"

#include <algorithm>

namespace kiosk {
namespace {

constexpr std::array<std::string_view, 7> kDays{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

std::optional<int> day_index(std::string_view name) {
  const auto it = std::find(kDays.begin(), kDays.end(), name);
  return it == kDays.end() ? std::nullopt
                           : std::optional<int>(static_cast<int>(it - kDays.begin()));
}

std::string parse_rule(std::string_view rule, OpeningHours& out) {
  const std::size_t space = rule.find(' ');
  if (space == std::string_view::npos) return "'" + std::string(rule) + "': give days, then times";
  const std::string_view days = rule.substr(0, space);
  const std::string_view times = trim(rule.substr(space + 1));
  int first = 0;
  int last = 0;
  const std::size_t dash = days.find('-');
  const auto a = day_index(days.substr(0, dash));
  const auto b = dash == std::string_view::npos ? a : day_index(days.substr(dash + 1));
  if (!a || !b) return "'" + std::string(days) + "': days are Mon, Tue, Wed, Thu, Fri, Sat, Sun";
  first = *a;
  last = *b;
  std::size_t at = 0;
  while (at <= times.size()) {
    const std::size_t comma = times.find(',', at);
    const std::string_view range = trim(
        times.substr(at, comma == std::string_view::npos ? std::string_view::npos : comma - at));
    const std::size_t d = range.find('-');
    const auto open = d == std::string_view::npos
                          ? std::nullopt
                          : parse_time_of_day(range.substr(0, d), EndOfDay::Allowed);
    const auto close = d == std::string_view::npos
                           ? std::nullopt
                           : parse_time_of_day(range.substr(d + 1), EndOfDay::Allowed);
    if (!open || !close || *close <= *open)
      return "'" + std::string(range) + "': times are HH:MM-HH:MM, closing after opening";
    for (int day = first;; day = (day + 1) % 7) {
      out.days[static_cast<std::size_t>(day)].push_back({*open, *close});
      if (day == last) break;
    }
    if (comma == std::string_view::npos) break;
    at = comma + 1;
  }
  return {};
}

}  // namespace

std::optional<int> parse_time_of_day(std::string_view t, EndOfDay end) {
  const auto digit = [&t](std::size_t at) { return t[at] >= '0' && t[at] <= '9'; };
  if (t.size() != 5 || t[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4)) {
    return std::nullopt;
  }
  const int h = (t[0] - '0') * 10 + (t[1] - '0');
  const int m = (t[3] - '0') * 10 + (t[4] - '0');
  const int last_hour = end == EndOfDay::Allowed ? 24 : 23;
  if (h > last_hour || m > 59 || (h == 24 && m != 0)) return std::nullopt;
  return h * 60 + m;
}

OpeningHoursResult parse_opening_hours(std::string_view text) {
  OpeningHours hours;
  text = trim(text);
  if (text.empty()) return {hours, {}};
  hours.always_open = false;
  std::size_t at = 0;
  while (at <= text.size()) {
    const std::size_t semicolon = text.find(';', at);
    const std::string_view rule = trim(text.substr(
        at, semicolon == std::string_view::npos ? std::string_view::npos : semicolon - at));
    if (!rule.empty()) {
      if (std::string error = parse_rule(rule, hours); !error.empty()) {
        return {std::nullopt, "opening hours: " + error};
      }
    }
    if (semicolon == std::string_view::npos) break;
    at = semicolon + 1;
  }
  return {hours, {}};
}

bool is_open(const OpeningHours& hours, int weekday, int minute) {
  if (hours.always_open) return true;
  for (const auto& [open, close] : hours.days[static_cast<std::size_t>(weekday % 7)]) {
    if (minute >= open && minute < close) return true;
  }
  return false;
}

int minutes_to_change(const OpeningHours& hours, int weekday, int minute) {
  if (hours.always_open) return -1;
  const bool now = is_open(hours, weekday, minute);
  for (int step = 1; step <= 7 * 24 * 60; ++step) {
    const int m = minute + step;
    if (is_open(hours, (weekday + m / (24 * 60)) % 7, m % (24 * 60)) != now) return step;
  }
  return -1;
}

}  // namespace kiosk
