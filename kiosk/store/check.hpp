// Deciding whether a content database is fit to show: the one validation that both the kiosk
// and `kiosk-db check` run.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/sqlite.hpp"

namespace kiosk::store {

struct CheckReport {
  std::vector<std::string> problems;  // empty when the file is usable; each says what and where
  std::string content_version;
  std::string title;
  int cards = 0;
  int questions = 0;
  int approved_questions = 0;  // questions a curator approved as worded (question.review)
  // What each language other than the default lacks ("ru: 3 of 12 cards"): shown in the default
  // language instead, so not a problem, but a curator wants to know.
  std::vector<std::string> translation_gaps;

  [[nodiscard]] bool usable() const { return problems.empty(); }
  // The first problem, or "" (what a log line or the staff panel shows).
  [[nodiscard]] std::string reason() const { return problems.empty() ? "" : problems.front(); }
};

// XXH3 64 of a whole file as 16 hex digits, "" when it cannot be read: what the staff panel
// shows as the content's checksum, and `kiosk-db check` prints, for comparing the two.
std::string file_checksum(const std::string& path);

// Checks a file before opening it: exists, is a regular non-empty file, starts with the SQLite
// header. Returns the problem, or "".
std::optional<std::string> check_file_header(const std::string& path);

// Checks an open database: integrity (PRAGMA quick_check), schema version, tables and
// columns, required settings, references, and content sanity (one correct answer and at least
// one wrong one per question, no empty or oversized text, valid UTF-8). Never throws.
CheckReport check_database(sqlite3* db);

// The structural part of check_database only: schema version, tables, columns and settings,
// with the numbers of cards and questions. Never throws.
CheckReport check_structure(sqlite3* db);

// check_file_header, open_untrusted and check_database in one. Never throws.
CheckReport check_file(const std::string& path);

// How many questions a curator approved as they are worded (question.review = 'approved').
// Throws StoreError when the table cannot be read.
int count_approved(sqlite3* db);

// Content sanity checks alone (used by check_database once the structure is known good).
void check_content(sqlite3* db, CheckReport& report);

}  // namespace kiosk::store
