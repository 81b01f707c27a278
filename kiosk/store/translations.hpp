// Visitor text in the visitor's language, falling back item by item to the default language;
// and what each language lacks.
#pragma once

#include <string>
#include <vector>

#include "core/language_code.hpp"
#include "store/sqlite.hpp"

namespace kiosk::store {

// Points the connection's views of visitor text (card_text_v, question_text_v, ...) at
// `language`: each item's row in that language, or its row in `fallback` when it has none, so
// an item is always whole in one language. Temporary views: the file itself is not changed.
// Throws StoreError when a code is not a plain language code (letters and '-').
void use_language(sqlite3* db, const std::string& language, const std::string& fallback);

// The items of one kind that have no text in one language.
struct MissingTranslations {
  std::string language;
  std::string what;  // "cards", "questions", "interface texts", ...
  int missing = 0;
  int total = 0;
};

// For every language other than the default, each kind of item that lacks text in it.
std::vector<MissingTranslations> missing_translations(sqlite3* db);

}  // namespace kiosk::store
