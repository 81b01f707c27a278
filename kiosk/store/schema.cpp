// Reading the version, the tables and the foreign keys out of the compiled-in schema, once.
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

namespace {

// The schema run in a private in-memory database, to read back what it defines: what follows
// from the schema can never drift from the file.
DatabaseHandle schema_database() {
  sqlite3* raw = nullptr;
  sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  DatabaseHandle db(raw);
  if (!db) throw StoreError("cannot open an in-memory database");
  exec(db.get(), kSchemaSql);
  return db;
}

// The table names, in the order the schema creates them.
std::vector<std::string> table_names(sqlite3* db) {
  std::vector<std::string> out;
  Statement names(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid");
  while (names.step()) out.push_back(names.text(0));
  return out;
}

// `table`'s primary key columns, in key order (what a REFERENCES without columns means).
std::vector<std::string> primary_key(sqlite3* db, const std::string& table) {
  Statement s(db, "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk");
  s.bind(1, std::string_view(table));
  std::vector<std::string> out;
  while (s.step()) out.push_back(s.text(0));
  return out;
}

// The foreign keys of `table`: PRAGMA foreign_key_list gives one row per column, grouped by id.
std::vector<ForeignKey> foreign_keys_of(sqlite3* db, const std::string& table) {
  Statement s(db,
              "SELECT f.id, f.\"table\", f.\"from\", f.\"to\", c.\"notnull\" "
              "FROM pragma_foreign_key_list(?1) f "
              "JOIN pragma_table_info(?1) c ON c.name = f.\"from\" ORDER BY f.id DESC, f.seq");
  s.bind(1, std::string_view(table));
  std::vector<ForeignKey> out;
  std::int64_t current = -1;
  while (s.step()) {
    if (out.empty() || s.integer(0) != current) {
      current = s.integer(0);
      out.push_back({table, {}, s.text(1), {}, Presence::Required});
    }
    ForeignKey& key = out.back();
    key.columns.push_back(s.text(2));
    if (!s.is_null(3)) key.parent_columns.push_back(s.text(3));
    if (s.integer(4) == 0) key.presence = Presence::Optional;
  }
  for (ForeignKey& key : out) {
    if (key.parent_columns.empty()) key.parent_columns = primary_key(db, key.parent);
  }
  return out;
}

}  // namespace

const std::map<std::string, std::set<std::string>>& schema_tables() {
  static const auto tables = [] {
    const DatabaseHandle db = schema_database();
    std::map<std::string, std::set<std::string>> out;
    for (const std::string& table : table_names(db.get())) {
      Statement columns(db.get(), "SELECT name FROM pragma_table_info(?)");
      columns.bind(1, std::string_view(table));
      while (columns.step()) out[table].insert(columns.text(0));
    }
    return out;
  }();
  return tables;
}

const std::vector<ForeignKey>& schema_foreign_keys() {
  static const auto keys = [] {
    const DatabaseHandle db = schema_database();
    std::vector<ForeignKey> out;
    for (const std::string& table : table_names(db.get())) {
      for (ForeignKey& key : foreign_keys_of(db.get(), table)) out.push_back(std::move(key));
    }
    return out;
  }();
  return keys;
}

}  // namespace kiosk::store
