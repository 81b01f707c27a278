// Watching the live database path (inotify, or a stat once a second), and loading new versions
// through private snapshots; when a change has settled is SettleWatch's to decide.
#include "app/live_database.hpp"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/resource.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <limits>
#include <thread>

#include "store/check.hpp"
#include "store/sqlite_library.hpp"

namespace kiosk::app {
namespace {

constexpr Millis kTrustRecheckAfter = 3000;  // once the kiosk is up and drawing
// A file still being written at start-up gets this many looks, SettleWatch::kRetry apart.
constexpr int kLoadTries = 12;
// A file seen for the first time is checked in full before it is shown. Above this size that
// takes long enough (about 10 ms a MiB here) for the first frame to go ahead without it.
constexpr std::int64_t kForegroundCheckLimit = 8 * 1024 * 1024;

// What a snapshot's marker says: the live file it was copied from, and that it passed the
// full check. "DEV INO SIZE MTIME_NS".
std::string marker_text(const FileIdentity& id) {
  return std::to_string(id.device) + " " + std::to_string(id.inode) + " " +
         std::to_string(id.size) + " " + std::to_string(id.modified_ns) + "\n";
}

std::string read_small(const std::string& path) {
  const sys::UniqueFile f = sys::open_file(path, "r");
  if (!f) return {};
  char text[128] = {};
  const std::size_t n = std::fread(text, 1, sizeof text - 1, f.get());
  return std::string(text, n);
}

ContentLoad rejected(std::string why) { return ContentLoad::rejected(std::move(why)); }

std::string directory_of(const std::string& path) {
  const std::string dir = std::filesystem::path(path).parent_path().string();
  return dir.empty() ? "." : dir;
}

}  // namespace

TimeSource real_time() {
  return {[] {
            return std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::steady_clock::now().time_since_epoch())
                .count();
          },
          [](Millis ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); }};
}

LiveDatabase::LiveDatabase(std::string live_path, std::string snapshot_dir, TimeSource time)
    : live_path_(std::move(live_path)),
      snapshot_dir_(std::move(snapshot_dir)),
      time_(std::move(time)) {
  if (!snapshot_dir_.empty()) std::remove((snapshot_dir_ + "/content-next.db").c_str());
}

LiveDatabase::~LiveDatabase() {
  if (thread_.joinable()) {
    const std::uint64_t one = 1;
    if (::write(stop_fd_.get(), &one, sizeof one) < 0) {
      // The thread may then wait for its next poll timeout; nothing else can be done.
    }
    thread_.join();
  }
}

LiveDatabase::Attempt LiveDatabase::attempt_direct(const FileIdentity& identity, ContentLoad& out) {
  store::LoadResult result = store::SqliteLibrary::open(live_path_);
  last_seen_ = identity;
  const std::string checksum = store::file_checksum(live_path_);
  if (!result.library) {
    out = rejected(result.report.reason());
    return Attempt::Rejected;
  }
  const std::lock_guard lock(mutex_);
  current_checksum_ = checksum;
  out = ContentLoad::loaded(std::move(result.library));
  return Attempt::Loaded;
}

LiveDatabase::Attempt LiveDatabase::attempt(ContentLoad& out) {
  const std::optional<FileIdentity> identity = identify(live_path_);
  if (!identity) {
    const bool was_there = existed_;
    existed_ = false;
    last_seen_.reset();
    if (!was_there && current_checksum_.empty()) {
      out = rejected("no file at '" + live_path_ + "'");
      return Attempt::Rejected;
    }
    if (!was_there) return Attempt::Unchanged;
    out =
        rejected("the content file '" + live_path_ + "' was removed; the last good content stays");
    return Attempt::Rejected;
  }
  existed_ = true;
  if (identity == last_seen_) return Attempt::Unchanged;
  if (snapshot_dir_.empty()) return attempt_direct(*identity, out);
  const std::string next = snapshot_dir_ + "/content-next.db";
  Snapshot snapshot;
  std::string error;
  switch (take_snapshot(live_path_, next, snapshot, error)) {
    case SnapshotResult::ChangedWhileCopying:
    case SnapshotResult::Missing: std::remove(next.c_str()); return Attempt::Unsettled;
    case SnapshotResult::Failed:
      std::remove(next.c_str());
      return attempt_direct(*identity, out);  // no room for a copy: check the file itself
    case SnapshotResult::Taken: break;
  }
  last_seen_ = identity;
  if (snapshot.checksum == current_checksum_) {
    std::remove(next.c_str());  // touched or copied again, same bytes
    return Attempt::Unchanged;
  }
  const std::string kept = snapshot_dir_ + "/content-" + snapshot.checksum + ".db";
  std::rename(next.c_str(), kept.c_str());
  store::LoadResult result = store::SqliteLibrary::open(kept);
  if (!result.library) {
    std::remove(kept.c_str());
    // Name the file the curator wrote, not the private copy.
    std::string reason = result.report.reason();
    for (std::size_t at; (at = reason.find(kept)) != std::string::npos;)
      reason.replace(at, kept.size(), live_path_);
    out = rejected(reason);
    return Attempt::Rejected;
  }
  {
    // Passed the full check: a marker lets the next start open it without rescanning.
    if (const sys::UniqueFile marker = sys::open_file(kept + ".ok", "w")) {
      std::fputs(marker_text(*identity).c_str(), marker.get());
    }
    const std::lock_guard lock(mutex_);
    current_snapshot_ = kept;
    current_checksum_ = snapshot.checksum;
  }
  keep_only(kept);
  out = ContentLoad::loaded(std::move(result.library));
  return Attempt::Loaded;
}

// Removes every snapshot but `snapshot` (and its marker). An open connection keeps the data of
// a removed file until it closes, so the content on screen is unaffected.
void LiveDatabase::keep_only(const std::string& snapshot) {
  std::error_code ignored;
  const std::string keep = std::filesystem::path(snapshot).filename().string();
  for (const auto& entry : std::filesystem::directory_iterator(snapshot_dir_, ignored)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("content-") && name != keep && name != keep + ".ok") {
      std::filesystem::remove(entry.path(), ignored);
    }
  }
}

// At start-up: a snapshot that passed the full check is opened with the structural check
// only; the full one runs soon after, in the background (recheck_cached).
// With `made_from`, only the snapshot copied from exactly that live file, which is then marked
// as seen. Without (the live file is new and too large to check before the first frame, as when
// the kiosk restarted during a swap), any checked snapshot: the last good content, shown at
// once; the live file is not marked as seen, so the watcher checks it in the background and it
// replaces this one when it passes, as in a normal swap, the snapshot kept until then.
// nullopt when no such snapshot opens.
std::optional<ContentLoad> LiveDatabase::load_checked(
    const std::optional<FileIdentity>& made_from) {
  std::error_code ignored;
  for (const auto& entry : std::filesystem::directory_iterator(snapshot_dir_, ignored)) {
    const std::string marker = entry.path().string();
    if (!marker.ends_with(".db.ok")) continue;
    if (made_from && read_small(marker) != marker_text(*made_from)) continue;
    const std::string snapshot = marker.substr(0, marker.size() - 3);
    store::LoadResult result = store::SqliteLibrary::open(snapshot, store::CheckDepth::Structure);
    if (!result.library) continue;
    const std::string name = std::filesystem::path(snapshot).filename().string();
    const std::lock_guard lock(mutex_);
    current_snapshot_ = snapshot;
    current_checksum_ = name.substr(8, name.size() - 8 - 3);  // content-<checksum>.db
    if (made_from) last_seen_ = made_from;
    existed_ = true;
    recheck_ = true;
    return ContentLoad::loaded(std::move(result.library));
  }
  return std::nullopt;
}

// The full check of a snapshot opened on trust. If it fails (the SD card lost bits since), the
// live file is loaded afresh; if that is no good either, what is shown must go.
std::optional<ContentLoad> LiveDatabase::recheck_cached() {
  recheck_ = false;
  const store::CheckReport report = store::check_file(current_snapshot_);
  if (report.usable()) {
    // The staff panel's checksum, worked out again off the first frame's path: a snapshot
    // checked by an older kiosk is named by the FNV-1a checksum it used then.
    const std::string checksum = store::file_checksum(current_snapshot_);
    const std::lock_guard lock(mutex_);
    if (!checksum.empty()) current_checksum_ = checksum;
    return std::nullopt;
  }
  std::remove((current_snapshot_ + ".ok").c_str());
  {
    const std::lock_guard lock(mutex_);
    current_checksum_.clear();
  }
  last_seen_.reset();
  ContentLoad out;
  if (attempt(out) == Attempt::Loaded) return out;
  return ContentLoad::withdrawn("the private copy of the content failed its check (" +
                                report.reason() + ") and no good file replaces it");
}

ContentLoad LiveDatabase::load() {
  const std::lock_guard work(work_mutex_);
  if (!snapshot_dir_.empty()) {
    if (const std::optional<FileIdentity> identity = identify(live_path_)) {
      if (std::optional<ContentLoad> cached = load_checked(identity)) return std::move(*cached);
      if (identity->size > kForegroundCheckLimit) {
        first_in_background_ = true;
        if (std::optional<ContentLoad> last_good = load_checked(std::nullopt)) {
          return std::move(*last_good);
        }
        return ContentLoad::pending();
      }
    }
  }
  // A file still being written at start-up gets a few seconds to settle.
  for (int tries = 0; tries < kLoadTries; ++tries) {
    ContentLoad out;
    const Attempt a = attempt(out);
    if (a == Attempt::Loaded || a == Attempt::Rejected) return out;
    if (a == Attempt::Unchanged) return rejected("no usable content");
    time_.sleep(SettleWatch::kRetry);
  }
  return rejected("the content file '" + live_path_ + "' kept changing; waiting for it to settle");
}

void LiveDatabase::watch(std::function<void()> wake) {
  if (thread_.joinable()) return;
  {
    const std::lock_guard work(work_mutex_);
    wake_ = std::move(wake);
  }
  stop_fd_.reset(::eventfd(0, EFD_CLOEXEC));
  thread_ = std::thread([this] { run(); });
}

std::optional<ContentLoad> LiveDatabase::poll() {
  const std::lock_guard lock(mutex_);
  if (results_.empty()) return std::nullopt;
  ContentLoad out = std::move(results_.front());
  results_.pop_front();
  return out;
}

std::vector<std::pair<std::string, std::string>> LiveDatabase::status() const {
  const std::lock_guard lock(mutex_);
  return {{"Database", live_path_},
          {"Checksum (XXH3 64)", current_checksum_.empty() ? "none" : current_checksum_},
          {"Watching", watching_}};
}

namespace {

// What the inotify events waiting on `ifd` say of the file called `name` (the last one counts;
// nullopt: nothing of it).
std::optional<Change> read_events(int ifd, const std::string& name) {
  std::optional<Change> touched;
  std::array<char, 4096> buffer{};
  for (ssize_t n; (n = ::read(ifd, buffer.data(), buffer.size())) > 0;) {
    for (ssize_t at = 0; at < n;) {
      // Copied out, not cast: a cast to a stricter alignment is not allowed on ARM.
      inotify_event ev{};
      std::memcpy(&ev, buffer.data() + at, sizeof ev);
      const char* ev_name = buffer.data() + at + sizeof ev;
      if (ev.len > 0 && name == ev_name) {
        // A file renamed into place is complete; any other change may still be going on. The
        // last event on the file decides.
        touched = (ev.mask & IN_MOVED_TO) != 0 ? Change::Complete : Change::Writing;
      }
      at += static_cast<ssize_t>(sizeof ev + ev.len);
    }
  }
  return touched;
}

// SettleWatch's timeout as poll() takes it (-1: for ever).
int poll_ms(Millis timeout) {
  if (timeout == kNever) return -1;
  return static_cast<int>(std::min<Millis>(timeout, std::numeric_limits<int>::max()));
}

}  // namespace

// Hands a result to the front end and wakes it (if it is watching).
void LiveDatabase::deliver(ContentLoad result) {
  {
    const std::lock_guard lock(mutex_);
    results_.push_back(std::move(result));
  }
  if (wake_) wake_();
}

// Watches the live file's directory; returns the watch descriptor (-1: poll once a second).
int LiveDatabase::start_watching(const sys::UniqueFd& inotify) {
  const int wd = inotify.get() < 0
                     ? -1
                     : ::inotify_add_watch(inotify.get(), directory_of(live_path_).c_str(),
                                           IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM |
                                               IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB);
  const std::lock_guard lock(mutex_);
  watching_ = wd >= 0 ? "inotify on " + directory_of(live_path_) : "a check every second";
  return wd;
}

// Starts watching from what was last loaded, not from what is there now: a file replaced
// between the first load and this must still be noticed.
void LiveDatabase::start_settling(Millis now) {
  started_ = Watching::Started;
  seen_ = identify(live_path_);
  if (seen_ != last_seen_) {
    // A large first file left by load() is not being written: it is loaded at once.
    settle_.changed(first_in_background_ ? Change::Complete : Change::Writing, now);
  }
  if (recheck_) settle_.recheck_at(now + kTrustRecheckAfter);
}

void LiveDatabase::step(std::optional<Change> event) {
  const std::lock_guard work(work_mutex_);
  const Millis now = time_.now();
  if (started_ == Watching::NotYet) start_settling(now);
  if (event) settle_.changed(*event, now);
  if (settle_.recheck_due(now)) {
    settle_.rechecked();
    if (std::optional<ContentLoad> result = recheck_cached()) deliver(std::move(*result));
  }
  const std::optional<FileIdentity> identity = identify(live_path_);
  if (identity != seen_) {
    seen_ = identity;
    // Noticed by looking: the file may still be being written. With an event in this pass,
    // the event says better (a rename is complete).
    if (!event) settle_.changed(Change::Writing, now);
  }
  if (!settle_.settled(now)) return;
  ContentLoad result;
  const Attempt a = attempt(result);
  settle_.attempted(a == Attempt::Unsettled ? Outcome::Unsettled : Outcome::Done, time_.now());
  if (a == Attempt::Loaded || a == Attempt::Rejected) deliver(std::move(result));
}

Millis LiveDatabase::next_timeout(Wakeup wakeup) {
  const std::lock_guard work(work_mutex_);
  return settle_.timeout(time_.now(), wakeup);
}

// The watcher thread. It sleeps in poll() until the directory changes, a settling file is due
// a look, or a recheck is due (without inotify, a second at most), then takes a step.
void LiveDatabase::run() {
  // Copying and checking a large file must never take time from drawing: this thread runs at
  // a lower priority (Linux niceness is per thread).
  if (::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 10) != 0) {
    // Not allowed to lower it: it still works, only less politely.
  }
  const sys::UniqueFd inotify(::inotify_init1(IN_CLOEXEC | IN_NONBLOCK));
  const int wd = start_watching(inotify);
  const Wakeup wakeup = wd >= 0 ? Wakeup::Events : Wakeup::Polling;
  const std::string name = std::filesystem::path(live_path_).filename().string();
  step();  // a file replaced since load(), or a large first file, need not wait for an event
  for (;;) {
    std::array<pollfd, 2> fds{
        {{stop_fd_.get(), POLLIN, 0}, {wd >= 0 ? inotify.get() : -1, POLLIN, 0}}};
    if (::poll(fds.data(), fds.size(), poll_ms(next_timeout(wakeup))) < 0 && errno != EINTR) break;
    if ((fds[0].revents & POLLIN) != 0) break;
    step((fds[1].revents & POLLIN) != 0 ? read_events(inotify.get(), name) : std::nullopt);
  }
}

}  // namespace kiosk::app
