// What ICU knows of each language that the builder needs: how it counts and what it calls
// itself. Only kiosk-db links ICU; the kiosk reads what is worked out here from the database.
#pragma once

#include <string>
#include <vector>

namespace kiosk::authoring {

// How many counts (0, 1, 2, ...) the plural table of each language covers: more than any
// number the kiosk shows (questions in a round, cards, seconds, a score).
inline constexpr int kPluralCounts = 200;

// The CLDR plural category ("one", "few", "many", "other", ...) of each count 0..n-1 in
// `language` (ru: 1 вопрос, 2 вопроса, 5 вопросов, 21 вопрос).
std::vector<std::string> plural_categories(const std::string& language, int n = kPluralCounts);

// The CLDR plural category of `number` in `language`, for numbers with a fraction too.
std::string plural_category(const std::string& language, double number);

// The CLDR plural categories `language` counts with, in CLDR's order ("one", "few", "many",
// "other" for Russian; "one", "other" for English): the forms a text with a number needs.
std::vector<std::string> plural_categories_used(const std::string& language);

// Whether `name` is a CLDR plural category: zero, one, two, few, many or other.
bool is_plural_category(const std::string& name);

// The language's name in English, for messages to curators: "Russian". The code itself when
// ICU does not know the language.
std::string language_name_in_english(const std::string& language);

// The language's own name, capitalised as a button shows it: "English", "Русский",
// "Беларуская". The code itself when ICU does not know the language.
std::string language_autonym(const std::string& language);

}  // namespace kiosk::authoring
