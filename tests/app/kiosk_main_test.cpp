// The kiosk executable's command line and its database content.
#include "app/kiosk_main.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include <unistd.h>

#include <algorithm>

#include "app/app_support.hpp"
#include "app/live_database.hpp"
#include "store/sqlite_library.hpp"
#include "store/stats.hpp"
#include "ui/ui_support.hpp"

using namespace kiosk;

TEST_CASE("the kiosk runs the bundled database headless") {
  test::TempDir dir;
  test::write_text(dir.file("s"), "press Touch to begin\npress Quiz\n");
  const test::AppRun run =
      test::run_kiosk_main({"--headless", "--db", KIOSK_BUNDLED_DB, "--script", dir.file("s"),
                            "--fast", "--trace", "--seed", "3"});
  CHECK(run.exit == ui::AppExit::Ok);
  REQUIRE(run.trace.size() >= 4);
  CHECK(run.trace[0].starts_with("content loaded "));
  CHECK(run.trace.back() == "screen question");
}

TEST_CASE("the staff panel says how many of the bundled questions a curator approved") {
  test::TempDir dir;
  test::write_text(dir.file("s"), "press Touch to begin\nkey ctrl+alt+s\nquit\n");
  const test::AppRun run = test::run_kiosk_main(
      {"--headless", "--db", KIOSK_BUNDLED_DB, "--script", dir.file("s"), "--fast", "--trace"});
  CHECK(run.exit == ui::AppExit::Ok);
  store::LoadResult load = store::SqliteLibrary::open(KIOSK_BUNDLED_DB);
  REQUIRE(load.library);
  const std::string n = std::to_string(load.library->question_count());
  const std::string row = "staff row Reviewed: " + n + " of " + n + " questions approved";
  CHECK(std::find(run.trace.begin(), run.trace.end(), row) != run.trace.end());
}

TEST_CASE("a missing database shows the unavailable screen instead of crashing") {
  test::TempDir dir;
  test::write_text(dir.file("s"), "wait 1000\npress Touch to begin\n");
  const test::AppRun run =
      test::run_kiosk_main({"--headless", "--db", dir.file("none.db"), "--script", dir.file("s"),
                            "--fast", "--trace", "--screenshot", dir.file("shot.png")});
  CHECK(run.exit == ui::AppExit::ScriptFailed);  // there is nothing to press
  CHECK(run.trace ==
        std::vector<std::string>{"content rejected no file at '" + dir.file("none.db") + "'",
                                 "screen unavailable"});
  CHECK(run.err.find("content unavailable: no file at") != std::string::npos);
  // The calm screen: mostly the background colour, never blank black.
  CHECK(test::count_pixels(dir.file("shot.png"), Colour::Background) > 800 * 480 / 2);
}

TEST_CASE("a broken database is rejected with its reason") {
  test::TempDir dir;
  test::write_text(dir.file("bad.db"), "SQLite format 3");
  test::write_text(dir.file("s"), "wait 10\n");
  const test::AppRun run = test::run_kiosk_main(
      {"--headless", "--db", dir.file("bad.db"), "--script", dir.file("s"), "--fast", "--trace"});
  REQUIRE_FALSE(run.trace.empty());
  CHECK(run.trace[0].starts_with("content rejected "));
  CHECK(run.trace[1] == "screen unavailable");
}

TEST_CASE("a malformed window size is refused") {
  const test::AppRun run = test::run_kiosk_main({"--window", "big"});
  CHECK(static_cast<int>(run.exit) == 2);
  CHECK(run.err.find("--window wants WIDTHxHEIGHT") != std::string::npos);
}

TEST_CASE("answers are recorded in the stats database of the state directory") {
  test::TempDir dir;
  test::write_text(dir.file("s"), "press Touch to begin\npress Quiz\nkey 1\nkey Return\nkey 2\n");
  const test::AppRun run =
      test::run_kiosk_main({"--headless", "--db", KIOSK_BUNDLED_DB, "--script", dir.file("s"),
                            "--fast", "--state-dir", dir.file("state")});
  CHECK(run.exit == ui::AppExit::Ok);
  auto stats = store::StatsDb::open(dir.file("state/stats.db"));
  const store::StatsSummary summary = store::stats_summary(stats->handle());
  CHECK(summary.shown == 2);
  CHECK(summary.answers == 2);
}

TEST_CASE("a read-only state directory means no stats, said once, and the kiosk runs on") {
  // A file where the directory should be: unusable even for root, who may write anywhere.
  test::TempDir dir;
  test::write_text(dir.file("state"), "a file where the directory should be");
  test::write_text(dir.file("s"), "press Touch to begin\npress Quiz\nkey 1\n");
  const test::AppRun run =
      test::run_kiosk_main({"--headless", "--db", KIOSK_BUNDLED_DB, "--script", dir.file("s"),
                            "--fast", "--state-dir", dir.file("state")});
  CHECK(run.exit == ui::AppExit::Ok);
  CHECK(run.err.find("running without stats") != std::string::npos);
}

TEST_CASE("database content loads through the kiosk's own check") {
  // Without a snapshot directory the kiosk's provider checks and opens the file itself.
  app::LiveDatabase good(KIOSK_BUNDLED_DB, "");
  CHECK(good.load().library);
  app::LiveDatabase missing("/nonexistent.db", "");
  const ContentLoad load = missing.load();
  CHECK_FALSE(load.library);
  CHECK(load.problem == "no file at '/nonexistent.db'");
}
