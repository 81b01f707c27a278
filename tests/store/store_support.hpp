// Making good and broken content databases for store tests.
#pragma once

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "authoring/build.hpp"
#include "store/content_checksum.hpp"
#include "store/sqlite.hpp"
#include "store/writer.hpp"
#include "support/support.hpp"

namespace kiosk::test {

// Builds the fixture content into `path`.
inline model::Content write_fixture_db(const std::string& path) {
  authoring::BuildResult r = authoring::build_content(
      {fixture_dir("content"), fixture_dir("documents"), "2026-01-02T03:04:05Z"});
  REQUIRE(r.ok());
  store::write_database(r.content, path);
  return r.content;
}

// The database at `path` opened as a writer (no defensive settings, no foreign keys).
inline store::DatabaseHandle open_as_writer(const std::string& path) {
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open(path.c_str(), &raw);
  store::DatabaseHandle db(raw);
  REQUIRE(rc == SQLITE_OK);
  return db;
}

// Runs `sql` on the database at `path` as a writer.
inline void run_sql(const std::string& path, const std::string& sql) {
  store::exec(open_as_writer(path).get(), sql);
}

// Runs `sql` on the database at `path`, then seals its content checksum again, as kiosk-db
// build would: an edit on purpose that leaves a good file (a new version, say).
inline void run_sql_and_seal(const std::string& path, const std::string& sql) {
  const store::DatabaseHandle db = open_as_writer(path);
  store::exec(db.get(), sql);
  store::seal_content(db.get());
}

// A synthetic database of `questions` questions (kiosk-db synth, as a child process).
inline bool run_tool_synth(const std::string& path, int questions) {
  std::string cmd = target_shell_command(KIOSK_KIOSK_DB) + " synth --questions " +
                    std::to_string(questions) + " --cards 100 -o " + path + " > /dev/null";
  return std::system(cmd.c_str()) == 0;
}

}  // namespace kiosk::test
