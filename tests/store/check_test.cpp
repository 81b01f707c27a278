// The kiosk's validation on good and broken files: a clear reason, never a crash.
#include "store/check.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <regex>

#include "core/question_kinds.hpp"
#include "store/fast_hash.hpp"
#include "store/schema.hpp"
#include "store/speech_support.hpp"
#include "store/store_support.hpp"

using namespace kiosk;

namespace {

struct Broken {
  test::TempDir dir;
  std::string path = dir.file("c.db");
  Broken() { test::write_fixture_db(path); }
  store::CheckReport check() const { return store::check_file(path); }
};

void expect_problem(const store::CheckReport& report, const std::string& words) {
  CHECK_FALSE(report.usable());
  std::string all;
  for (const std::string& p : report.problems) all += p + "\n";
  CAPTURE(all);
  CHECK(all.find(words) != std::string::npos);
}

}  // namespace

TEST_CASE("a missing file is reported as missing") {
  expect_problem(store::check_file("/nonexistent/content.db"),
                 "no file at '/nonexistent/content.db'");
}

TEST_CASE("an empty file is reported as empty") {
  Broken b;
  test::write_text(b.path, "");
  expect_problem(b.check(), "is empty (0 bytes)");
}

TEST_CASE("a file that is not SQLite is reported as such") {
  Broken b;
  test::write_text(b.path, "title = \"I am TOML, not a database\"\n");
  expect_problem(b.check(), "is not an SQLite database");
}

TEST_CASE("a directory is not a database") {
  test::TempDir dir;
  expect_problem(store::check_file(dir.path().string()), "is not a regular file");
}

TEST_CASE("a truncated file is refused at every cut") {
  Broken b;
  const std::string whole = test::read_text(b.path);
  for (const std::size_t cut :
       {std::size_t{100}, std::size_t{4096}, whole.size() / 2, whole.size() - 1}) {
    CAPTURE(cut);
    test::write_text(b.path, whole.substr(0, cut));
    CHECK_FALSE(b.check().usable());
  }
}

TEST_CASE("a newer schema version is refused with a clear error") {
  Broken b;
  test::run_sql(b.path, "PRAGMA user_version = " + std::to_string(store::schema_version() + 1));
  expect_problem(b.check(), "is newer than this kiosk reads");
}

TEST_CASE("an older schema version is refused with a clear error") {
  Broken b;
  test::run_sql(b.path, "PRAGMA user_version = 0");
  expect_problem(b.check(), "is older than this kiosk reads");
}

TEST_CASE("a missing table is named") {
  Broken b;
  test::run_sql(b.path, "DROP TABLE question_source");
  expect_problem(b.check(), "missing table 'question_source'");
}

TEST_CASE("a missing setting is named") {
  Broken b;
  test::run_sql(b.path, "DELETE FROM meta WHERE key = 'content_version'");
  expect_problem(b.check(), "meta: missing setting 'content_version'");
}

TEST_CASE("a question with two correct answers is refused") {
  Broken b;
  test::run_sql(b.path, "UPDATE choice SET correct = 1 WHERE question_id = 1");
  expect_problem(b.check(), "question 1 has");
}

TEST_CASE("a question with no answers, or only the right one, is refused") {
  Broken b;
  test::run_sql(
      b.path,
      "DELETE FROM choice_text WHERE question_id = 1; DELETE FROM choice WHERE question_id = 1;"
      "DELETE FROM choice_text WHERE question_id = 2 AND position > 1;"
      "DELETE FROM choice WHERE question_id = 2 AND position > 1;");
  expect_problem(b.check(), "question 1 has 0 correct answers");
  expect_problem(b.check(), "question 2 has no wrong answer");
}

TEST_CASE("a question with twenty answers is refused") {
  Broken b;
  std::string sql;
  for (int p = 100; p < 120; ++p) {
    sql += "INSERT INTO choice VALUES (3, " + std::to_string(p) +
           ", 0, NULL);"
           "INSERT INTO choice_text VALUES (3, " +
           std::to_string(p) + ", 'en', 'extra');";
  }
  test::run_sql(b.path, sql);
  expect_problem(b.check(), "answers (at most 16)");
}

TEST_CASE("text that is missing where it belongs is refused") {
  Broken b;
  // A hostile file need not keep the schema's NOT NULL: rebuild the table without it.
  test::run_sql(b.path,
                "ALTER TABLE question_text RENAME TO old_text;"
                "CREATE TABLE question_text (question_id, lang, prompt, explanation);"
                "INSERT INTO question_text SELECT * FROM old_text; DROP TABLE old_text;"
                "UPDATE question_text SET prompt = NULL WHERE question_id = 2;");
  expect_problem(b.check(), "question_text.prompt of question 2 is missing (NULL)");
}

TEST_CASE("a one-megabyte string is refused as too long") {
  Broken b;
  test::run_sql(b.path,
                "UPDATE card_text SET body = printf('%.*c', 1000000, 'x') WHERE card_id = 1");
  expect_problem(b.check(), "card_text.body of card 1 is too long (1000000 characters");
}

TEST_CASE("invalid UTF-8 is refused with the byte where it goes wrong") {
  Broken b;
  test::run_sql(b.path,
                "UPDATE choice_text SET text = CAST(X'4142FF43' AS TEXT) WHERE question_id = 1 AND "
                "position = 1");
  expect_problem(b.check(), "choice_text.text of question 1 answer 1 is not valid UTF-8 (byte 2)");
}

TEST_CASE("a reference to a missing row is refused") {
  Broken b;
  test::run_sql(b.path, "UPDATE card SET place_id = 9999 WHERE id = 1");
  expect_problem(b.check(), "card.place_id refers to entity 9999, which does not exist");
}

TEST_CASE("the reference check covers every foreign key the schema declares") {
  // Counted in the schema's text, independently of how the check derives them.
  std::size_t declared = 0;
  for (std::string_view sql = kSchemaSql; sql.find("REFERENCES") != std::string_view::npos;) {
    sql.remove_prefix(sql.find("REFERENCES") + 1);
    ++declared;
  }
  CHECK(store::schema_foreign_keys().size() == declared);
}

TEST_CASE("a dangling reference is refused in every table, each with its own message") {
  const test::TempDir dir;
  const std::string good = dir.file("good.db");
  test::write_fixture_db_with_speech(good);  // the speech table has a row to break as well
  for (const store::ForeignKey& key : store::schema_foreign_keys()) {
    const std::string& column = key.columns.front();
    CAPTURE(key.table);
    CAPTURE(column);
    const std::string path = dir.file("broken.db");
    std::filesystem::copy_file(good, path, std::filesystem::copy_options::overwrite_existing);
    {
      // Every row that refers to one value now refers to a row that does not exist; where no
      // row refers to anything (an optional reference), the first row does.
      const store::DatabaseHandle db = test::open_as_writer(path);
      const std::string set = "UPDATE " + key.table + " SET " + column + " = 987654 WHERE ";
      store::exec(db.get(), set + column + " = (SELECT " + column + " FROM " + key.table +
                                " WHERE " + column + " IS NOT NULL LIMIT 1)");
      if (sqlite3_changes(db.get()) == 0) {
        store::exec(db.get(), set + "rowid = (SELECT MIN(rowid) FROM " + key.table + ")");
      }
      REQUIRE(sqlite3_changes(db.get()) > 0);
    }
    std::string columns = column;
    if (key.columns.size() > 1) {
      columns.clear();
      for (const std::string& c : key.columns) columns += (columns.empty() ? "" : ", ") + c;
      columns = "(" + columns + ")";
    }
    expect_problem(store::check_file(path),
                   key.table + "." + columns + " refers to " + key.parent + " ");
  }
}

TEST_CASE("the schema allows exactly the core's question kinds") {
  const std::string schema = kSchemaSql;
  const std::size_t table = schema.find("CREATE TABLE question (");
  REQUIRE(table != std::string::npos);
  std::smatch check;
  const std::string rest = schema.substr(table);
  REQUIRE(std::regex_search(rest, check, std::regex(R"(CHECK \(kind IN \(([^)]*)\)\))")));
  std::vector<std::string> in_schema;
  const std::string list = check[1].str();
  const std::regex quoted("'([a-z_]+)'");
  for (auto it = std::sregex_iterator(list.begin(), list.end(), quoted);
       it != std::sregex_iterator(); ++it) {
    in_schema.push_back((*it)[1].str());
  }
  std::vector<std::string> in_core;
  for (const QuestionKind kind : kQuestionKinds) in_core.emplace_back(kind_name(kind));
  CHECK(in_schema == in_core);
}

TEST_CASE("a question of a kind the core does not know is refused") {
  Broken b;
  // A hostile file need not keep the schema's CHECK.
  test::run_sql(b.path,
                "PRAGMA ignore_check_constraints = ON;"
                "UPDATE question SET kind = 'which' WHERE id = 3");
  expect_problem(b.check(), "question 3 has an unknown kind 'which'");
}

TEST_CASE("gaps in question numbering are refused") {
  Broken b;
  test::run_sql(
      b.path,
      "DELETE FROM question_text WHERE question_id = 2; DELETE FROM question_source WHERE "
      "question_id = 2;"
      "DELETE FROM choice_text WHERE question_id = 2; DELETE FROM choice WHERE question_id = 2;"
      "DELETE FROM question WHERE id = 2;");
  expect_problem(b.check(), "question.id must number the rows");
}

TEST_CASE("a file damaged inside is refused by the integrity check") {
  Broken b;
  std::string bytes = test::read_text(b.path);
  // Overwrite the middle of the file (table pages) with garbage, keeping the header.
  for (std::size_t i = bytes.size() / 2; i < bytes.size() / 2 + 2048 && i < bytes.size(); ++i) {
    bytes[i] = static_cast<char>(i * 37);
  }
  test::write_text(b.path, bytes);
  CHECK_FALSE(b.check().usable());
}

TEST_CASE("the file checksum is XXH3 64 of every byte, and empty for a missing file") {
  test::TempDir dir;
  test::write_text(dir.file("f"), "foobar");
  CHECK(store::file_checksum(dir.file("f")) == "d78fda63144c5c84");  // as xxhsum -H3 prints it
  test::write_text(dir.file("empty"), "");
  CHECK(store::file_checksum(dir.file("empty")) == "2d06800538d394c2");
  std::string big;  // more than one read buffer, every byte value
  for (int i = 0; i < 200'000; ++i) big.push_back(static_cast<char>(i * 7 % 256));
  test::write_text(dir.file("big"), big);
  store::Xxh3Hash whole;
  whole.add(std::span<const char>(big.data(), big.size()));
  CHECK(store::file_checksum(dir.file("big")) == whole.hex());
  CHECK(store::file_checksum(dir.file("missing")).empty());
}
