// A corpus of broken content databases, generated from a good one: what the kiosk and
// kiosk-db check must refuse with a clear reason, and never crash on.
#pragma once

#include <string>
#include <vector>

#include "store_support.hpp"

namespace kiosk::test {

struct BrokenCase {
  std::string name;
  std::string path;
  std::string reason;  // words the refusal must contain
};

// One file per kind of damage, in `dir`.
inline std::vector<BrokenCase> named_broken_corpus(const TempDir& dir) {
  const std::string good = dir.file("good.db");
  write_fixture_db(good);
  const std::string bytes = read_text(good);
  std::vector<BrokenCase> cases;
  auto with_sql = [&](const std::string& name, const std::string& sql, const std::string& reason) {
    const std::string path = dir.file(name + ".db");
    write_text(path, bytes);
    run_sql(path, sql);
    cases.push_back({name, path, reason});
  };
  auto with_bytes = [&](const std::string& name, const std::string& content,
                        const std::string& reason) {
    const std::string path = dir.file(name + ".db");
    write_text(path, content);
    cases.push_back({name, path, reason});
  };
  with_bytes("empty", "", "is empty (0 bytes)");
  with_bytes("not-sqlite", "PK\x03\x04 a zip file, not a database", "is not an SQLite database");
  // A file that ends before the pages its header promises.
  with_bytes("truncated", bytes.substr(0, bytes.size() / 3), "is cut short");
  with_sql("newer-schema", "PRAGMA user_version = 99", "is newer than this kiosk reads");
  with_sql("older-schema", "PRAGMA user_version = 0", "is older than this kiosk reads");
  with_sql("missing-table", "DROP TABLE choice_text", "missing table 'choice_text'");
  with_sql(
      "null-text",
      "ALTER TABLE card_text RENAME TO old; CREATE TABLE card_text (card_id, lang, title, "
      "date_label, place_label, body, timeline_date); INSERT INTO card_text SELECT * FROM old; "
      "DROP TABLE old;"
      "UPDATE card_text SET title = NULL",
      "is missing (NULL)");
  with_sql("megabyte-string",
           "UPDATE question_text SET prompt = printf('%.*c', 1048576, 'y') WHERE question_id = 1",
           "is too long");
  with_sql("invalid-utf8", "UPDATE card_text SET body = CAST(X'C328' AS TEXT)",
           "is not valid UTF-8");
  with_sql(
      "no-choices",
      "DELETE FROM choice_text WHERE question_id = 1; DELETE FROM choice WHERE question_id = 1",
      "question 1 has 0 correct answers");
  with_sql("one-choice",
           "DELETE FROM choice_text WHERE question_id = 1 AND position > 1;"
           "DELETE FROM choice WHERE question_id = 1 AND position > 1",
           "question 1 has no wrong answer");
  std::string twenty;
  for (int p = 50; p < 70; ++p) {
    twenty += "INSERT INTO choice VALUES (1, " + std::to_string(p) +
              ", 0, NULL);"
              "INSERT INTO choice_text VALUES (1, " +
              std::to_string(p) + ", 'en', 'more');";
  }
  with_sql("twenty-choices", twenty, "answers (at most 16)");
  with_sql("two-correct", "UPDATE choice SET correct = 1 WHERE question_id = 1",
           "correct answers (needs exactly 1)");
  with_sql("dangling-reference", "UPDATE card SET quote_id = 4242",
           "refers to quote 4242, which does not exist");
  return cases;
}

}  // namespace kiosk::test
