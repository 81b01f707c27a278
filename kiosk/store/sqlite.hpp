// Thin RAII wrappers over the SQLite C API: owned handles, prepared statements, errors.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::store {

// Any failure reported by SQLite or by a check of a file; the message says what and where.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct DatabaseCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StatementFinaliser {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
using DatabaseHandle = std::unique_ptr<sqlite3, DatabaseCloser>;
using StatementHandle = std::unique_ptr<sqlite3_stmt, StatementFinaliser>;

// A prepared statement. Bind parameters (1-based), step through rows, read columns (0-based).
class Statement {
 public:
  // Prepares `sql` on `db`; throws StoreError naming the statement if SQLite refuses it.
  Statement(sqlite3* db, std::string_view sql);

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view value);
  Statement& bind_null(int index);
  Statement& bind_blob(int index, std::span<const std::uint8_t> bytes);
  Statement& bind_optional(int index, const std::optional<std::string>& value);

  // Advances to the next row: true if there is one, false when done; throws on error.
  bool step();
  // Runs a statement that returns no rows.
  void run();
  void reset();

  std::int64_t integer(int column) const;
  double real(int column) const;
  std::string text(int column) const;                // "" for NULL
  std::vector<std::uint8_t> blob(int column) const;  // empty for NULL
  bool is_null(int column) const;
  int type(int column) const;  // SQLITE_TEXT, SQLITE_NULL, ...

 private:
  sqlite3* db_;
  StatementHandle stmt_;
};

// Runs one or more statements that return no rows; throws StoreError on failure.
void exec(sqlite3* db, const std::string& sql);

// The first column of the first row of `sql`, as an integer (0 if no row).
std::int64_t query_integer(sqlite3* db, std::string_view sql);

}  // namespace kiosk::store
