// Swapping the content file under a running kiosk: rename, cp over it, truncate and write,
// delete, garbage. The last good content always stays; a new good file always arrives. The
// watcher is stepped by hand on a simulated clock; only the watcher thread's own test waits.
#include "app/live_database.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <utility>
#include <vector>

#include "store/check.hpp"
#include "store_support.hpp"

using namespace kiosk;
using app::Change;
using app::SettleWatch;

namespace {

constexpr Millis kSettle = SettleWatch::kSettle;

// A content database whose meta says `version`: the fixture, built once per directory.
std::string make_version(const test::TempDir& dir, const std::string& version) {
  std::string path = dir.file("v-" + version + ".db");
  if (!std::filesystem::exists(path)) {
    const std::string fixture = dir.file("fixture.db");
    if (!std::filesystem::exists(fixture)) test::write_fixture_db(fixture);
    std::filesystem::copy_file(fixture, path);
    test::run_sql_and_seal(
        path, "UPDATE meta SET value = '" + version + "' WHERE key = 'content_version'");
  }
  return path;
}

// Whether the watcher hears of changes from inotify, or must notice them by looking.
enum class Inotify { On, Off };

// A live file and its LiveDatabase on a simulated clock, with the thread not started: each
// step is one pass of the watcher, told what inotify would have said since the last one.
struct Watched {
  test::TempDir dir;
  std::string live = dir.file("live/content.db");
  Millis now = 0;    // the simulated clock
  Millis slept = 0;  // how long load() waited on it
  Inotify inotify = Inotify::On;
  std::optional<Change> event;  // what inotify would say at the next step (the last one counts)
  std::filesystem::file_time_type stamp = std::filesystem::file_time_type::clock::now();
  std::unique_ptr<app::LiveDatabase> db;

  Watched() {
    std::filesystem::create_directories(dir.file("live"));
    std::filesystem::create_directories(dir.file("snapshots"));
    std::filesystem::copy_file(make_version(dir, "v1"), live);
    db = open();
  }

  // A LiveDatabase on the simulated clock: load()'s waits between tries move it on.
  std::unique_ptr<app::LiveDatabase> open() {
    app::TimeSource simulated{[this] { return now; },
                              [this](Millis ms) {
                                now += ms;
                                slept += ms;
                              }};
    return std::make_unique<app::LiveDatabase>(live, dir.file("snapshots"), std::move(simulated));
  }

  // One pass of the watcher `ms` after the last; what it queued, if anything.
  std::optional<ContentLoad> step_after(Millis ms) {
    now += ms;
    db->step(std::exchange(event, std::nullopt));
    return db->poll();
  }

  // A change is noticed by one step and loaded by the step a settle time later.
  std::optional<ContentLoad> settle() {
    CHECK_FALSE(step_after(0));
    return step_after(kSettle);
  }

  // Writes over the live file in place (its inode stays, as with `cp` over it).
  void write_in_place(const std::string& bytes) {
    test::write_text(live, bytes);
    touched(live, Change::Writing);
  }

  // Writes more at the end of the live file, as a `cp` still going does.
  void append(const std::string& bytes) {
    std::ofstream(live, std::ios::binary | std::ios::app) << bytes;
    touched(live, Change::Writing);
  }

  // Deletes the live file.
  void remove() {
    std::filesystem::remove(live);
    if (inotify == Inotify::On) event = Change::Writing;
  }

  // Puts `version` in place whole, by a rename (as `kiosk-db build` and careful curators do).
  void rename_in(const std::string& version) {
    const std::string incoming = dir.file("live/.incoming");
    std::filesystem::copy_file(make_version(dir, version), incoming,
                               std::filesystem::copy_options::overwrite_existing);
    touched(incoming, Change::Complete);
    std::filesystem::rename(incoming, live);
  }

  // Gives the file written its own modification time (the simulated clock does not move the
  // file system's, whose coarse ticks could give two quick writes of the same size the same
  // identity, as copies a curator makes seconds apart never have), and the event inotify sends.
  void touched(const std::string& path, Change change) {
    stamp += std::chrono::milliseconds(1);
    std::filesystem::last_write_time(path, stamp);
    if (inotify == Inotify::On) event = change;
  }
};

// What the watcher loads once the changes are over: every load of the next few settle times.
std::vector<ContentLoad> drain(Watched& w) {
  std::vector<ContentLoad> loads;
  for (int i = 0; i < 5; ++i) {
    if (auto load = w.step_after(kSettle)) loads.push_back(std::move(*load));
  }
  return loads;
}

void keep(std::vector<ContentLoad>& loads, std::optional<ContentLoad> load) {
  if (load) loads.push_back(std::move(*load));
}

}  // namespace

TEST_CASE("the first load checks a private snapshot of the live file") {
  Watched w;
  const ContentLoad first = w.db->load();
  REQUIRE(first.library);
  CHECK(first.library->meta().content_version == "v1");
  CHECK(w.slept == 0);
  bool snapshot = false;
  for (const auto& e : std::filesystem::directory_iterator(w.dir.file("snapshots"))) {
    snapshot |= e.path().filename().string().starts_with("content-");
  }
  CHECK(snapshot);
  const auto rows = w.db->status();
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].second == w.live);
  CHECK(rows[1].first == "Checksum (XXH3 64)");
  CHECK(rows[1].second == store::file_checksum(w.live));  // as `kiosk-db check` prints it
}

TEST_CASE("a file renamed over the live one is loaded") {
  Watched w;
  REQUIRE(w.db->load().library);
  CHECK_FALSE(w.step_after(0));
  SUBCASE("at once when inotify says it was renamed in: it is complete") {
    w.rename_in("v2");
    const auto load = w.step_after(0);
    REQUIRE(load);
    REQUIRE(load->library);
    CHECK(load->library->meta().content_version == "v2");
  }
  SUBCASE("once settled when the watcher only noticed it by looking") {
    w.inotify = Inotify::Off;
    w.rename_in("v2");
    CHECK_FALSE(w.step_after(0));
    CHECK_FALSE(w.step_after(kSettle - 1));
    const auto load = w.step_after(1);
    REQUIRE(load);
    REQUIRE(load->library);
    CHECK(load->library->meta().content_version == "v2");
  }
  CHECK_FALSE(w.step_after(10'000));  // and nothing more
}

TEST_CASE("a file copied slowly over the live one is loaded only once it is complete") {
  Watched w;
  REQUIRE(w.db->load().library);
  SUBCASE("told by inotify") {}
  SUBCASE("noticed by looking") { w.inotify = Inotify::Off; }
  const std::string bytes = test::read_text(make_version(w.dir, "v3"));
  w.write_in_place(bytes.substr(0, bytes.size() / 2));
  CHECK_FALSE(w.step_after(0));
  CHECK_FALSE(w.step_after(kSettle - 100));  // never a rejection of a half-written file
  w.append(bytes.substr(bytes.size() / 2));
  // The rest came in before the half settled: the quiet time starts again from here.
  CHECK_FALSE(w.step_after(200));
  CHECK_FALSE(w.step_after(kSettle - 1));
  const auto load = w.step_after(1);
  REQUIRE(load);
  REQUIRE(load->library);
  CHECK(load->library->meta().content_version == "v3");
  for (int i = 0; i < 10; ++i) CHECK_FALSE(w.step_after(1000));  // and nothing more
}

TEST_CASE("garbage, deletion and truncation are rejected and the last good content stays") {
  Watched w;
  const ContentLoad first = w.db->load();
  REQUIRE(first.library);
  const std::string checksum = w.db->status()[1].second;
  w.write_in_place("this is not a database");
  auto load = w.settle();
  REQUIRE(load);
  CHECK_FALSE(load->library);
  CHECK(load->problem.find("not an SQLite database") != std::string::npos);
  w.remove();
  load = w.settle();
  REQUIRE(load);
  CHECK(load->problem.find("was removed; the last good content stays") != std::string::npos);
  w.write_in_place(test::read_text(make_version(w.dir, "v4")).substr(0, 5000));
  load = w.settle();
  REQUIRE(load);
  CHECK_FALSE(load->library);
  CHECK(w.db->status()[1].second == checksum);  // still the one in use
  // The first library is untouched by all this: its snapshot is private.
  CHECK(first.library->meta().content_version == "v1");
  CHECK(first.library->card(0));
  CHECK(first.library->question(0));
}

TEST_CASE("many swaps in a row end with the newest good content, and nothing mixed") {
  Watched w;
  REQUIRE(w.db->load().library);
  std::vector<ContentLoad> loads;
  int swaps = 0;
  std::string newest_good;
  for (int round = 0; round < 4; ++round) {
    const std::string a = "r" + std::to_string(round) + "a";
    const std::string b = "r" + std::to_string(round) + "b";
    const std::string b_bytes = test::read_text(make_version(w.dir, b));
    // The watcher looks in between, faster than any of these settles.
    w.rename_in(a);  // atomic rename
    keep(loads, w.step_after(100));
    w.write_in_place(b_bytes.substr(0, b_bytes.size() / 2));  // cp in place, in two goes
    keep(loads, w.step_after(100));
    w.append(b_bytes.substr(b_bytes.size() / 2));
    keep(loads, w.step_after(100));
    w.write_in_place("");  // truncate, then write
    w.write_in_place(test::read_text(make_version(w.dir, a)));
    keep(loads, w.step_after(100));
    w.remove();  // delete
    keep(loads, w.step_after(100));
    w.write_in_place(std::string(70000, '\x7f'));  // garbage
    keep(loads, w.step_after(100));
    w.write_in_place(b_bytes);
    keep(loads, w.step_after(100));
    newest_good = b;
    swaps += 7;
  }
  for (ContentLoad& load : drain(w)) loads.push_back(std::move(load));
  // Every library delivered is a whole, checked version; the last is the newest.
  std::string last;
  for (const ContentLoad& load : loads) {
    if (!load.library) continue;
    const std::string v = load.library->meta().content_version;
    CHECK((v.starts_with("r") && v.size() == 3));
    CHECK(load.library->question(0));  // readable throughout
    last = v;
  }
  MESSAGE(swaps << " swaps; the watcher ended on " << last);
  CHECK(last == newest_good);
}

TEST_CASE("a storm of swaps of every kind: every library delivered whole, the newest at the end") {
  Watched w;
  REQUIRE(w.db->load().library);
  std::vector<ContentLoad> loads;
  int swaps = 0;
  for (; swaps < 40; ++swaps) {
    const std::string v = "s" + std::to_string(swaps % 3);
    switch (swaps % 5) {
      case 0: w.rename_in(v); break;
      case 1: w.write_in_place(test::read_text(make_version(w.dir, v))); break;  // cp in place
      case 2:
        w.write_in_place("");
        w.write_in_place(test::read_text(make_version(w.dir, v)));
        break;
      case 3: w.remove(); break;
      case 4: w.write_in_place(std::string(9000, 'x')); break;
    }
    // The watcher looks every 50 ms; the next swap comes 150 to 732 ms later, so some files
    // settle and some are replaced while settling.
    for (Millis t = 0; t < 150 + 97 * (swaps % 7); t += 50) keep(loads, w.step_after(50));
  }
  w.rename_in("final");  // the newest good file
  for (ContentLoad& load : drain(w)) loads.push_back(std::move(load));
  std::string last;
  int loaded = 0;
  int rejected = 0;
  for (const ContentLoad& load : loads) {
    if (!load.library) {
      ++rejected;
      continue;
    }
    ++loaded;
    // Kept open through all the swaps after it: still whole and readable.
    last = load.library->meta().content_version;
    CHECK((last == "s0" || last == "s1" || last == "s2" || last == "final"));
    CHECK(load.library->question(0));
    CHECK(load.library->card(0));
  }
  MESSAGE(swaps << " swaps; " << loaded << " loaded, " << rejected << " rejected");
  CHECK(loaded > 2);    // some files settled during the storm...
  CHECK(rejected > 2);  // ...and the broken ones were turned away
  CHECK(last == "final");
}

TEST_CASE("a restart opens the checked snapshot at once, and rechecks it in the background") {
  Watched w;
  REQUIRE(w.db->load().library);  // first sight: full check, snapshot and marker
  w.db.reset();
  w.db = w.open();
  const ContentLoad again = w.db->load();
  REQUIRE(again.library);
  CHECK(again.library->meta().content_version == "v1");
  CHECK(w.slept == 0);
  for (int i = 0; i < 10; ++i) CHECK_FALSE(w.step_after(1000));  // the recheck passes quietly
}

// A kiosk before XXH3 named its snapshot by the file's FNV-1a checksum; the staff panel must
// not show that under "XXH3 64" for longer than the recheck takes.
TEST_CASE("after an upgrade the recheck puts the file's XXH3 checksum on the staff panel") {
  Watched w;
  REQUIRE(w.db->load().library);
  w.db.reset();
  const std::string older = "content-0123456789abcdef.db";
  for (const auto& e : std::filesystem::directory_iterator(w.dir.file("snapshots"))) {
    const std::string name = e.path().filename().string();
    if (name.ends_with(".db")) std::filesystem::rename(e.path(), w.dir.file("snapshots/" + older));
    if (name.ends_with(".db.ok"))
      std::filesystem::rename(e.path(), w.dir.file("snapshots/" + older + ".ok"));
  }
  w.db = w.open();
  REQUIRE(w.db->load().library);
  CHECK(w.db->status()[1].second == "0123456789abcdef");  // opened on trust, by its name
  CHECK_FALSE(w.step_after(0));
  CHECK_FALSE(w.step_after(3000));  // the recheck, 3 s on, passes...
  CHECK(w.db->status()[1].second == store::file_checksum(w.live));  // ...and names it anew
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
  w.db = w.open();
  REQUIRE(w.db->load().library);  // opened on trust...
  CHECK_FALSE(w.step_after(0));
  CHECK_FALSE(w.step_after(2999));
  const auto load = w.step_after(1);  // ...and replaced once the recheck, 3 s on, fails
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
  w.db = w.open();
  const ContentLoad first = w.db->load();
  CHECK_FALSE(first.library);
  CHECK(first.status == LoadStatus::Pending);
  // The watcher's first step checks it, without waiting for it to settle.
  const auto load = w.step_after(0);
  REQUIRE(load);
  REQUIRE(load->library);
  CHECK(load->library->question_count() == 20000);
}

// The snapshots kept, by file name.
std::vector<std::string> checked_snapshots(const Watched& w) {
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(w.dir.file("snapshots"))) {
    const std::string name = e.path().filename().string();
    if (name.ends_with(".db.ok")) names.push_back(name);
  }
  return names;
}

TEST_CASE(
    "a restart before a large new file was checked shows the last good content at once, then "
    "the new file once it passes") {
  Watched w;
  REQUIRE(w.db->load().library);  // v1, checked, its snapshot kept
  w.db.reset();                   // the kiosk stops during a swap...
  const std::string big = w.dir.file("big.db");
  REQUIRE(test::run_tool_synth(big, 20000));
  std::filesystem::copy_file(big, w.live, std::filesystem::copy_options::overwrite_existing);
  const std::vector<std::string> before = checked_snapshots(w);
  REQUIRE(before.size() == 1);
  w.db = w.open();  // ...and starts again with the new file unchecked
  const ContentLoad first = w.db->load();
  REQUIRE(first.library);
  CHECK(first.library->meta().content_version == "v1");  // not "One moment..."
  CHECK(w.slept == 0);
  CHECK(checked_snapshots(w) == before);  // kept until the new one passes
  const auto load = w.step_after(0);
  REQUIRE(load);
  REQUIRE(load->library);
  CHECK(load->library->question_count() == 20000);
  const std::vector<std::string> after = checked_snapshots(w);
  CHECK(after.size() == 1);
  CHECK(after != before);
}

TEST_CASE("a restart with a broken large new file keeps showing the last good content") {
  Watched w;
  REQUIRE(w.db->load().library);
  w.db.reset();
  test::write_text(w.live, std::string(9 * 1024 * 1024, 'x'));  // large, and garbage
  w.db = w.open();
  const ContentLoad first = w.db->load();
  REQUIRE(first.library);
  CHECK(first.library->meta().content_version == "v1");
  const auto load = w.step_after(0);
  REQUIRE(load);
  CHECK(load->status == LoadStatus::Rejected);  // the front end keeps what it shows
  CHECK(checked_snapshots(w).size() == 1);
  w.db.reset();
  w.db = w.open();  // and so does the next restart
  REQUIRE(w.db->load().library);
}

TEST_CASE("the watcher thread delivers a file renamed over the live one, and wakes the kiosk") {
  Watched w;
  w.db.reset();
  // Declared before the database, so they outlive its thread, which may still be waking.
  std::mutex mutex;
  std::condition_variable woken;
  int wakes = 0;
  app::LiveDatabase db(w.live, w.dir.file("snapshots"));  // the real clock
  REQUIRE(db.load().library);
  db.watch([&] {
    {
      const std::lock_guard lock(mutex);
      ++wakes;
    }
    woken.notify_all();
  });
  w.rename_in("v2");
  {
    // The one test here on the real clock, the thread's: it waits for the wake, which comes
    // within a settle time (a second or two without inotify); the limit is generous for
    // sanitizers on a busy machine.
    std::unique_lock lock(mutex);
    REQUIRE(woken.wait_for(lock, std::chrono::seconds(60), [&] { return wakes > 0; }));
  }
  const auto load = db.poll();
  REQUIRE(load);
  REQUIRE(load->library);
  CHECK(load->library->meta().content_version == "v2");
}
