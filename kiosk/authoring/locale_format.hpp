// Dates, numbers and capital letters as each language writes them, by ICU. Only the builder
// uses them: the kiosk reads what they made from the database and never links ICU.
#pragma once

#include <optional>
#include <string>

#include "core/date.hpp"

namespace kiosk::authoring {

// How much of a date is written.
enum class DateStyle {
  Full,         // "April 6, 2024", "6 апреля 2024 г.", "September 2023", "2024"
  WithoutYear,  // "April 6", "6 апреля"; a month alone, "April"; a year stays the year
  Short,        // the timeline's: "Dec 24, 2022", "24 дек. 2022 г.", "Dec 2022"
};

// `date`, at its own precision, as ICU writes it in `language` (the patterns it gives for the
// skeletons yMMMMd, MMMMd, yMMMd; yMMMM, MMMM, yMMM; y). English reads as it always has:
// "April 6, 2024". A month alone is the standalone form, in Russian lower case ("апрель 2024 г."):
// capitalise_first it where it starts a label. Belarusian short months are the standard
// abbreviations («24 снеж. 2022»), not ICU's three letters («сне»).
std::string format_date_in(const std::string& language, const Date& date, DateStyle style);

// A month date as Russian and Belarusian answer "when?": the month in the prepositional with
// its preposition, "в сентябре 2023 года", "у верасні 2023 года" (DateStyle::WithoutYear: "в
// сентябре"). CLDR gives month names for dates and standing alone, not this form, so these two
// languages' months are written here; nullopt for any other language, or a date that is not a
// month's.
std::optional<std::string> month_when(const std::string& language, const Date& date,
                                      DateStyle style);

// `value` as `language` writes numbers: "4", "2.5" / "2,5"; without grouping, so English reads
// "1000" as it always has; a fraction to six significant digits.
std::string format_number_in(const std::string& language, double value);

// `text` with its first letter a capital, as `language` capitalises it: "примерно 4 часа" ->
// "Примерно 4 часа". Text that starts with no letter («Союз МС-25») is left as it is.
std::string capitalise_first(const std::string& text, const std::string& language);

}  // namespace kiosk::authoring
