// The content checksum: sealed by the build, verified by the check, blind to row layout.
#include "store/content_checksum.hpp"

#include <doctest/doctest.h>

#include "store/check.hpp"
#include "store/open.hpp"
#include "store/store_support.hpp"

using namespace kiosk;

namespace {

std::string sealed_checksum(const std::string& path) {
  const store::DatabaseHandle db = store::open_untrusted(path);
  store::Statement s(db.get(), "SELECT value FROM meta WHERE key = 'content_checksum'");
  return s.step() ? s.text(0) : "";
}

std::string computed_checksum(const std::string& path) {
  const store::DatabaseHandle db = store::open_untrusted(path);
  return store::content_checksum(db.get());
}

}  // namespace

TEST_CASE("a built file carries the checksum of its content, and passes the check") {
  test::TempDir dir;
  test::write_fixture_db(dir.file("c.db"));
  CHECK(sealed_checksum(dir.file("c.db")).starts_with("xxh3-"));
  CHECK(sealed_checksum(dir.file("c.db")).size() == 5 + 16);
  CHECK(sealed_checksum(dir.file("c.db")) == computed_checksum(dir.file("c.db")));
  CHECK(store::check_file(dir.file("c.db")).usable());
}

// Files built before the checksum moved to XXH3 carry FNV-1a 64 as 16 hex digits alone.
TEST_CASE("a file sealed with the older FNV-1a checksum still passes, and still catches a change") {
  test::TempDir dir;
  test::write_fixture_db(dir.file("c.db"));
  std::string older;
  {
    const store::DatabaseHandle db = store::open_untrusted(dir.file("c.db"));
    older = store::content_checksum(db.get(), store::ChecksumKind::Fnv1a64);
  }
  REQUIRE(older.size() == 16);
  CHECK(older != computed_checksum(dir.file("c.db")).substr(5));  // a different function
  test::run_sql(dir.file("c.db"),
                "UPDATE meta SET value = '" + older + "' WHERE key = 'content_checksum'");
  CHECK(store::check_file(dir.file("c.db")).usable());
  test::run_sql(dir.file("c.db"),
                "UPDATE question_text SET prompt = 'X' || substr(prompt, 2) WHERE question_id = 1");
  const store::CheckReport report = store::check_file(dir.file("c.db"));
  REQUIRE_FALSE(report.usable());
  CHECK(report.reason().starts_with("the content does not match its checksum (sealed " + older));
}

TEST_CASE(
    "one letter changed in a question after the build is refused, though SQLite sees no damage") {
  test::TempDir dir;
  test::write_fixture_db(dir.file("c.db"));
  test::run_sql(dir.file("c.db"),
                "UPDATE question_text SET prompt = 'X' || substr(prompt, 2) WHERE question_id = 1");
  const store::CheckReport report = store::check_file(dir.file("c.db"));
  REQUIRE_FALSE(report.usable());
  CHECK(report.reason().starts_with("the content does not match its checksum (sealed "));
  CHECK(report.reason().find("rebuild it with kiosk-db build") != std::string::npos);
}

TEST_CASE("a byte flipped inside a text value in the file itself is refused") {
  test::TempDir dir;
  test::write_fixture_db(dir.file("c.db"));
  std::string bytes = test::read_text(dir.file("c.db"));
  // A letter inside visitor text turned into another letter: still valid UTF-8, still a
  // well-formed page, so only the checksum can tell.
  const std::size_t at = bytes.find("Harbour Town");
  REQUIRE(at != std::string::npos);
  bytes[at + 1] = 'e';
  test::write_text(dir.file("c.db"), bytes);
  const store::CheckReport report = store::check_file(dir.file("c.db"));
  REQUIRE_FALSE(report.usable());
  CHECK(report.reason().find("does not match its checksum") != std::string::npos);
}

TEST_CASE("the checksum stays the same when SQLite rewrites the file into pages of another size") {
  test::TempDir dir;
  test::write_fixture_db(dir.file("c.db"));
  const std::string before = computed_checksum(dir.file("c.db"));
  const std::string bytes_before = test::read_text(dir.file("c.db"));
  // The same rows rewritten into pages of another size: every byte of the file moves.
  test::run_sql(dir.file("c.db"), "PRAGMA page_size = 1024; VACUUM;");
  CHECK(test::read_text(dir.file("c.db")) != bytes_before);
  CHECK(computed_checksum(dir.file("c.db")) == before);
  CHECK(store::check_file(dir.file("c.db")).usable());
}

TEST_CASE("a file whose checksum setting is missing is refused and told so") {
  test::TempDir dir;
  test::write_fixture_db(dir.file("c.db"));
  test::run_sql(dir.file("c.db"), "DELETE FROM meta WHERE key = 'content_checksum'");
  CHECK(store::check_file(dir.file("c.db")).reason() == "meta: missing setting 'content_checksum'");
}

TEST_CASE("sealing again after an edit on purpose makes the file good") {
  test::TempDir dir;
  test::write_fixture_db(dir.file("c.db"));
  test::run_sql_and_seal(dir.file("c.db"),
                         "UPDATE meta SET value = 'v9' WHERE key = 'content_version'");
  const store::CheckReport report = store::check_file(dir.file("c.db"));
  CHECK(report.usable());
  CHECK(report.content_version == "v9");
}
