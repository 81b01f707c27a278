// Visitor text in the visitor's language, falling back item by item to the default language.
#include "store/translations.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace kiosk::store {
namespace {

// A table of visitor text and the columns that name its item (without `lang`).
struct TextTable {
  std::string_view table;
  std::string_view item;  // "card_id", "question_id, position", ...
  std::string_view what;  // how `kiosk-db check` names the items
};

constexpr std::array<TextTable, 10> kTextTables{{
    {"meta_text", "key", "title and subtitle"},
    {"source_text", "source_id", "sources"},
    {"entity_text", "entity_id", "names"},
    {"fact_text", "fact_id", "facts"},
    {"quote_text", "quote_id", "quotes"},
    {"card_text", "card_id", "cards"},
    {"card_difference", "card_id", "\"sources differ\" notes"},
    {"question_text", "question_id", "questions"},
    {"choice_text", "question_id, position", "answers"},
    {"ui_text", "key", "interface texts"},
}};

// "x.card_id = d.card_id AND ..." for the item columns of `t`.
std::string same_item(const TextTable& t) {
  std::string out;
  std::string_view rest = t.item;
  while (!rest.empty()) {
    const std::size_t comma = rest.find(',');
    std::string column(rest.substr(0, comma));
    column.erase(0, column.find_first_not_of(' '));
    out += (out.empty() ? "" : " AND ") + ("x." + column + " = d." + column);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  return out;
}

}  // namespace

void use_language(sqlite3* db, const std::string& language, const std::string& fallback) {
  if (!is_language_code(language) || !is_language_code(fallback)) {
    throw StoreError("'" + language + "' is not a language code");
  }
  // The connection is read-only (SQLITE_OPEN_READONLY) and also query_only; temporary views
  // need the latter lifted for a moment. The file itself cannot be written either way.
  exec(db, "PRAGMA query_only = OFF;");
  for (const TextTable& t : kTextTables) {
    const std::string table(t.table);
    // Rows in the language, then the fallback's rows of items that have none in it.
    const std::string sql = "DROP VIEW IF EXISTS temp." + table + "_v; CREATE TEMP VIEW " + table +
                            "_v AS SELECT * FROM main." + table + " WHERE lang = '" + language +
                            "' UNION ALL SELECT * FROM main." + table + " d WHERE d.lang = '" +
                            fallback + "' AND NOT EXISTS (SELECT 1 FROM main." + table +
                            " x WHERE " + same_item(t) + " AND x.lang = '" + language + "');";
    exec(db, sql);
  }
  exec(db, "PRAGMA query_only = ON;");
}

std::vector<MissingTranslations> missing_translations(sqlite3* db) {
  std::vector<std::string> languages;
  Statement codes(db,
                  "SELECT code FROM language WHERE code <> (SELECT value FROM meta WHERE key = "
                  "'default_language') ORDER BY position");
  while (codes.step()) languages.push_back(codes.text(0));
  std::vector<MissingTranslations> out;
  for (const std::string& language : languages) {
    for (const TextTable& t : kTextTables) {
      const std::string table(t.table);
      const std::string items = "SELECT DISTINCT " + std::string(t.item) + " FROM main." + table;
      const std::string sql = "SELECT (SELECT COUNT(*) FROM (" + items +
                              ")), (SELECT COUNT(*) FROM (" + items +
                              " d WHERE NOT EXISTS (SELECT 1 FROM main." + table + " x WHERE " +
                              same_item(t) + " AND x.lang = ?1)))";
      Statement s(db, sql);
      s.bind(1, std::string_view(language));
      if (!s.step() || s.integer(1) == 0) continue;
      out.push_back({language, std::string(t.what), static_cast<int>(s.integer(1)),
                     static_cast<int>(s.integer(0))});
    }
  }
  return out;
}

}  // namespace kiosk::store
