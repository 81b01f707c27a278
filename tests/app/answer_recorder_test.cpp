// The stats writer: its memory does not grow with the answers on record.
#include "app/answer_recorder.hpp"

#include <doctest/doctest.h>

#include <sqlite3.h>

#include <sstream>

#include "store/sqlite.hpp"
#include "store/stats.hpp"
#include "support/support.hpp"

using namespace kiosk;

namespace {

// A stats file with `answers` answers (and as many questions shown) on record, as months of
// visits leave it, spread over the questions of a large content.
void write_stats(const std::string& path, int answers) {
  const std::unique_ptr<store::StatsDb> db = store::StatsDb::open(path);
  const std::string n = std::to_string(answers);
  store::exec(db->handle(),
              "BEGIN;"
              "WITH RECURSIVE i(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM i WHERE k < " +
                  n +
                  ") INSERT INTO answer(question, content_version, choice, correct, answer_ms, "
                  "answered_at) SELECT 'q-' || (k * 7919 % 100000), 'v1', 'An answer', k % 2, "
                  "4000, '2026-11-30T10:00:00.000Z' FROM i;"
                  "INSERT INTO shown(question, content_version, shown_at) SELECT question, "
                  "content_version, answered_at FROM answer;"
                  "COMMIT;");
}

}  // namespace

TEST_CASE("the stats writer's memory stays small however many answers are on record") {
  test::TempDir dir;
  const std::string path = dir.file("stats.db");
  write_stats(path, 60'000);  // about 4 MiB: more than SQLite's default cache of 2 MiB
  const sqlite3_int64 before = sqlite3_memory_used();
  std::ostringstream log;
  app::AnswerRecorder recorder(path, log);
  for (int i = 0; i < 50; ++i) {  // the file is opened (and counted through) with the first
    recorder.answered({"q-" + std::to_string(i * 1999 % 100000), "v1", "An answer", true, 3000});
  }
  recorder.flush();
  const sqlite3_int64 grown = sqlite3_memory_used() - before;
  CHECK(log.str().empty());
  CHECK(grown < 2 * store::StatsDb::kCacheKib * 1024);
}
