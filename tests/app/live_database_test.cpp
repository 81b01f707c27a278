// Swapping the content file under a running kiosk: rename, cp over it, truncate and write,
// delete, garbage. The last good content always stays; a new good file always arrives.
#include "app/live_database.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "store/check.hpp"
#include "store_support.hpp"

using namespace kiosk;
using namespace std::chrono_literals;

namespace {

// A content database whose meta says `version`.
std::string make_version(const test::TempDir& dir, const std::string& version) {
  const std::string path = dir.file("v-" + version + ".db");
  if (!std::filesystem::exists(path)) {
    test::write_fixture_db(path);
    test::run_sql_and_seal(
        path, "UPDATE meta SET value = '" + version + "' WHERE key = 'content_version'");
  }
  return path;
}

// Writes `bytes` to `path` in pieces with pauses, as a slow `cp` over the live file would.
void slow_overwrite(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  for (std::size_t at = 0; at < bytes.size(); at += 16384) {
    out.write(bytes.data() + at,
              static_cast<std::streamsize>(std::min<std::size_t>(16384, bytes.size() - at)));
    out.flush();
    std::this_thread::sleep_for(20ms);
  }
}

struct Watched {
  test::TempDir dir;
  std::string live = dir.file("live/content.db");
  std::unique_ptr<app::LiveDatabase> db;
  std::atomic<int> wakes{0};

  Watched() {
    std::filesystem::create_directories(dir.file("live"));
    std::filesystem::create_directories(dir.file("snapshots"));
    std::filesystem::copy_file(make_version(dir, "v1"), live);
    db = std::make_unique<app::LiveDatabase>(live, dir.file("snapshots"));
  }

  // The next load the watcher finishes, waiting up to `limit`.
  std::optional<ContentLoad> next(std::chrono::milliseconds limit = 5000ms) {
    const auto until = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < until) {
      if (auto load = db->poll()) return load;
      std::this_thread::sleep_for(20ms);
    }
    return std::nullopt;
  }

  void rename_in(const std::string& version) {
    std::filesystem::copy_file(make_version(dir, version), dir.file("live/.incoming"),
                               std::filesystem::copy_options::overwrite_existing);
    std::filesystem::rename(dir.file("live/.incoming"), live);
  }
};

}  // namespace

TEST_CASE("the first load checks a private snapshot of the live file") {
  Watched w;
  const ContentLoad first = w.db->load();
  REQUIRE(first.library);
  CHECK(first.library->meta().content_version == "v1");
  bool snapshot = false;
  for (const auto& e : std::filesystem::directory_iterator(w.dir.file("snapshots"))) {
    snapshot |= e.path().filename().string().starts_with("content-");
  }
  CHECK(snapshot);
  const auto rows = w.db->status();
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].second == w.live);
  CHECK(rows[1].first == "Checksum (FNV-1a 64)");
  CHECK(rows[1].second == store::file_checksum(w.live));  // as `kiosk-db check` prints it
}

TEST_CASE("a file renamed over the live one is loaded") {
  Watched w;
  REQUIRE(w.db->load().library);
  w.db->watch([&] { ++w.wakes; });
  w.rename_in("v2");
  const auto load = w.next();
  REQUIRE(load);
  REQUIRE(load->library);
  CHECK(load->library->meta().content_version == "v2");
  CHECK(w.wakes >= 1);
}

TEST_CASE("a file copied slowly over the live one is loaded only once it is complete") {
  Watched w;
  REQUIRE(w.db->load().library);
  w.db->watch([] {});
  slow_overwrite(w.live, test::read_text(make_version(w.dir, "v3")));
  const auto load = w.next();
  REQUIRE(load);
  REQUIRE(load->library);  // never a rejection of a half-written file
  CHECK(load->library->meta().content_version == "v3");
  CHECK_FALSE(w.next(1500ms));  // and nothing more
}

TEST_CASE("garbage, deletion and truncation are rejected and the last good content stays") {
  Watched w;
  const ContentLoad first = w.db->load();
  REQUIRE(first.library);
  w.db->watch([] {});
  test::write_text(w.live, "this is not a database");
  auto load = w.next();
  REQUIRE(load);
  CHECK_FALSE(load->library);
  CHECK(load->problem.find("not an SQLite database") != std::string::npos);
  std::filesystem::remove(w.live);
  load = w.next();
  REQUIRE(load);
  CHECK(load->problem.find("was removed; the last good content stays") != std::string::npos);
  test::write_text(w.live, test::read_text(make_version(w.dir, "v4")).substr(0, 5000));
  load = w.next();
  REQUIRE(load);
  CHECK_FALSE(load->library);
  // The first library is untouched by all this: its snapshot is private.
  CHECK(first.library->meta().content_version == "v1");
  CHECK(first.library->card(0));
  CHECK(first.library->question(0));
}

TEST_CASE("many swaps in a row end with the newest good content, and nothing mixed") {
  Watched w;
  REQUIRE(w.db->load().library);
  w.db->watch([] {});
  int swaps = 0;
  std::string newest_good;
  for (int round = 0; round < 4; ++round) {
    const std::string a = "r" + std::to_string(round) + "a";
    const std::string b = "r" + std::to_string(round) + "b";
    w.rename_in(a);                                                   // atomic rename
    slow_overwrite(w.live, test::read_text(make_version(w.dir, b)));  // cp in place
    test::write_text(w.live, "");                                     // truncate, then write
    test::write_text(w.live, test::read_text(make_version(w.dir, a)));
    std::filesystem::remove(w.live);                       // delete
    test::write_text(w.live, std::string(70000, '\x7f'));  // garbage
    slow_overwrite(w.live, test::read_text(make_version(w.dir, b)));
    newest_good = b;
    swaps += 7;
    std::this_thread::sleep_for(100ms);
  }
  // Drain: every library delivered is a whole, checked version; the last is the newest.
  std::string last;
  for (auto load = w.next(); load; load = w.next(1500ms)) {
    if (!load->library) continue;
    const std::string v = load->library->meta().content_version;
    CHECK((v.starts_with("r") && v.size() == 3));
    CHECK(load->library->question(0));  // readable throughout
    last = v;
  }
  MESSAGE(swaps << " swaps; the watcher ended on " << last);
  CHECK(last == newest_good);
}

TEST_CASE("a restart opens the checked snapshot at once, and rechecks it in the background") {
  Watched w;
  REQUIRE(w.db->load().library);  // first sight: full check, snapshot and marker
  w.db.reset();
  w.db = std::make_unique<app::LiveDatabase>(w.live, w.dir.file("snapshots"));
  const ContentLoad again = w.db->load();
  REQUIRE(again.library);
  CHECK(again.library->meta().content_version == "v1");
  w.db->watch([] {});
  CHECK_FALSE(w.next(4500ms));  // the recheck passes quietly
}

TEST_CASE("a snapshot damaged since it was checked is replaced from the live file") {
  Watched w;
  REQUIRE(w.db->load().library);
  w.db.reset();
  // Damage the private copy (as a failing SD card might) where only the full check looks:
  // the structure stays sound, one answer's text becomes invalid UTF-8.
  for (const auto& e : std::filesystem::directory_iterator(w.dir.file("snapshots"))) {
    const std::string p = e.path().string();
    if (p.ends_with(".db")) {
      test::run_sql(p, "UPDATE choice_text SET text = CAST(X'FF' AS TEXT) WHERE question_id = 1");
    }
  }
  w.db = std::make_unique<app::LiveDatabase>(w.live, w.dir.file("snapshots"));
  REQUIRE(w.db->load().library);  // opened on trust...
  w.db->watch([] {});
  const auto load = w.next(6000ms);  // ...and replaced once the recheck fails
  REQUIRE(load);
  REQUIRE(load->library);
  CHECK(load->library->meta().content_version == "v1");
  CHECK(load->library->question(0));
}

TEST_CASE("a large file seen for the first time is checked in the background") {
  Watched w;
  const std::string big = w.dir.file("big.db");
  REQUIRE(test::run_tool_synth(big, 20000));
  std::filesystem::copy_file(big, w.live, std::filesystem::copy_options::overwrite_existing);
  w.db = std::make_unique<app::LiveDatabase>(w.live, w.dir.file("snapshots"));
  const ContentLoad first = w.db->load();
  CHECK_FALSE(first.library);
  CHECK(first.status == LoadStatus::Pending);
  w.db->watch([] {});
  // Generous: under ThreadSanitizer on a busy machine the low-priority check of 20,000
  // questions took over 20 s; next() returns as soon as it is done.
  const auto load = w.next(90000ms);
  REQUIRE(load);
  REQUIRE(load->library);
  CHECK(load->library->question_count() == 20000);
}
