// Opening hours: outside them the screen goes dark and wakes on a touch.
//
// Written like "Mon-Fri 09:00-17:30; Sat 10:00-16:00" (days Mon..Sun; several ranges a day
// with commas: "Tue 09:00-12:00,13:00-17:00"). Empty: always open.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

struct OpeningHours {
  // Minutes since midnight [open, close) for each day, Monday first.
  std::array<std::vector<std::pair<int, int>>, 7> days;
  bool always_open = true;
};

struct OpeningHoursResult {
  std::optional<OpeningHours> hours;
  std::string error;  // what is wrong and where, when hours is empty
};

OpeningHoursResult parse_opening_hours(std::string_view text);

// "09:30" -> 570 minutes past midnight; nullopt unless HH:MM. "24:00" (1440) only with
// EndOfDay::Allowed, as the end of a day's last range.
enum class EndOfDay { Allowed, Refused };
std::optional<int> parse_time_of_day(std::string_view text, EndOfDay end = EndOfDay::Refused);

// Whether the kiosk is open on `weekday` (0 = Monday) at `minute` past midnight.
bool is_open(const OpeningHours& hours, int weekday, int minute);

// Minutes from (`weekday`, `minute`) until it next opens or closes (at most a week; -1 if it
// never changes).
int minutes_to_change(const OpeningHours& hours, int weekday, int minute);

}  // namespace kiosk
