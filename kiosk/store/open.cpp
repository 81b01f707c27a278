// Defensive open of untrusted database files (https://sqlite.org/security.html).
#include "store/open.hpp"

#include <cstdio>

#include "core/content_limits.hpp"

namespace kiosk::store {
namespace {

void set_limits(sqlite3* db) {
  // Generous for real content (no text is longer than a few kB), small enough that a hostile
  // file cannot make the kiosk allocate or compute without bound.
  sqlite3_limit(db, SQLITE_LIMIT_LENGTH, limits::kMaxStoredBytes);
  sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 100'000);
  sqlite3_limit(db, SQLITE_LIMIT_COLUMN, 100);
  sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 50);
  sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 10);
  sqlite3_limit(db, SQLITE_LIMIT_VDBE_OP, 100'000);
  sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 8);
  sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
  sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, 20);
  sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 10);
}

}  // namespace

void harden(sqlite3* db) {
  sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
  sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
  set_limits(db);
  exec(db, "PRAGMA mmap_size = 0; PRAGMA cell_size_check = ON; PRAGMA query_only = ON;");
  // A page cache of 256 KiB, not SQLite's 2 MiB: the kiosk reads a card or a clip at a time
  // and the check streams the file once, so a larger cache only holds clips already played.
  // With speech the file is 7 MB, and the default cache filled with it raised the kiosk's
  // peak memory at 800x480 by about 2 MiB.
  exec(db, "PRAGMA cache_size = -256;");
}

DatabaseHandle open_untrusted(const std::string& path) {
  sqlite3* raw = nullptr;
  const int rc =
      sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
  DatabaseHandle db(raw);
  if (rc != SQLITE_OK) {
    throw StoreError("cannot open '" + path +
                     "': " + (db ? sqlite3_errmsg(db.get()) : sqlite3_errstr(rc)));
  }
  harden(db.get());
  return db;
}

DatabaseHandle create_database(const std::string& path) {
  std::remove(path.c_str());
  sqlite3* raw = nullptr;
  const int rc =
      sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  DatabaseHandle db(raw);
  if (rc != SQLITE_OK) {
    throw StoreError("cannot create '" + path +
                     "': " + (db ? sqlite3_errmsg(db.get()) : sqlite3_errstr(rc)));
  }
  exec(db.get(), "PRAGMA foreign_keys = ON; PRAGMA journal_mode = DELETE;");
  return db;
}

}  // namespace kiosk::store
