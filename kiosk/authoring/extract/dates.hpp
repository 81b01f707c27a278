// Dates in a document, absolute or relative to its dateline, resolved to ISO 8601 where the
// text allows.
#pragma once

#include <optional>
#include <vector>

#include "authoring/extract/candidate.hpp"
#include "authoring/extract/document.hpp"
#include "core/date.hpp"

namespace kiosk::extract {

// The date a document gives itself: "MOSCOW, April 11. /TASS/." (no year) or
// "Posted: 16.04.2024". `year_known` is false when only month and day are given.
struct Dateline {
  Date date;
  bool year_known = false;
};
std::optional<Dateline> find_dateline(const Document& doc);

// Calendar dates ("April 11", "April 11th", "December 26 and 27", "September 2023",
// "16.04.2024", "in 2014", "March 25 of this year") and relative ones ("on Thursday", "today",
// "the following day", "the day before", "this week"). Values: "2024-04-11", "--04-11" when the
// year is unknown, "2023-09", "2014"; relative dates are worked out from the dateline or the
// date mentioned just before, and left "" when the text does not allow it (with a note).
std::vector<Candidate> find_dates(const Document& doc);

}  // namespace kiosk::extract
