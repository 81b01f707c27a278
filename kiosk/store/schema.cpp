// Reading the version and the tables out of the compiled-in schema, once.
#include "store/schema.hpp"

#include <regex>

#include "store/sqlite.hpp"

namespace kiosk::store {

int user_version_of(const char* sql) {
  const std::regex pattern(R"(PRAGMA\s+user_version\s*=\s*(\d+))", std::regex::icase);
  std::cmatch match;
  if (!std::regex_search(sql, match, pattern)) {
    throw StoreError("a compiled-in schema does not set PRAGMA user_version");
  }
  return std::stoi(match[1].str());
}

int schema_version() {
  static const int version = user_version_of(kSchemaSql);
  return version;
}

const std::map<std::string, std::set<std::string>>& schema_tables() {
  // Built by running the schema in a private in-memory database and reading it back, so this
  // can never drift from the file.
  static const auto tables = [] {
    sqlite3* raw = nullptr;
    sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    DatabaseHandle db(raw);
    if (!db) throw StoreError("cannot open an in-memory database");
    exec(db.get(), kSchemaSql);
    std::map<std::string, std::set<std::string>> out;
    Statement names(db.get(), "SELECT name FROM sqlite_schema WHERE type = 'table'");
    while (names.step()) {
      const std::string table = names.text(0);
      Statement columns(db.get(), "SELECT name FROM pragma_table_info(?)");
      columns.bind(1, std::string_view(table));
      while (columns.step()) out[table].insert(columns.text(0));
    }
    return out;
  }();
  return tables;
}

}  // namespace kiosk::store
