// Watching the live database path (inotify, or a stat once a second), and loading new versions
// through private snapshots.
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

#include "store/check.hpp"
#include "store/sqlite_library.hpp"

namespace kiosk::app {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kSettle =
    std::chrono::milliseconds(500);  // quiet time before a file counts as written
constexpr int kRecheckMs = 250;
constexpr auto kTrustRecheckAfter = std::chrono::seconds(3);  // once the kiosk is up and drawing
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

LiveDatabase::LiveDatabase(std::string live_path, std::string snapshot_dir)
    : live_path_(std::move(live_path)), snapshot_dir_(std::move(snapshot_dir)) {
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
    case SnapshotResult::ChangedWhileCopying: std::remove(next.c_str()); return Attempt::Unsettled;
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

// At start-up: a snapshot that passed the full check, copied from exactly the live file that is
// there now, is opened with the structural check only; the full one runs soon after, in the
// background (recheck_cached).
std::optional<ContentLoad> LiveDatabase::load_cached(const FileIdentity& identity) {
  std::error_code ignored;
  for (const auto& entry : std::filesystem::directory_iterator(snapshot_dir_, ignored)) {
    const std::string marker = entry.path().string();
    if (!marker.ends_with(".db.ok") || read_small(marker) != marker_text(identity)) continue;
    const std::string snapshot = marker.substr(0, marker.size() - 3);
    store::LoadResult result = store::SqliteLibrary::open(snapshot, store::CheckDepth::Structure);
    if (!result.library) continue;
    const std::string name = std::filesystem::path(snapshot).filename().string();
    const std::lock_guard lock(mutex_);
    current_snapshot_ = snapshot;
    current_checksum_ = name.substr(8, name.size() - 8 - 3);  // content-<checksum>.db
    last_seen_ = identity;
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
  if (report.usable()) return std::nullopt;
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
  if (!snapshot_dir_.empty()) {
    if (const std::optional<FileIdentity> identity = identify(live_path_)) {
      if (std::optional<ContentLoad> cached = load_cached(*identity)) return std::move(*cached);
      if (identity->size > kForegroundCheckLimit) {
        first_in_background_ = true;
        return ContentLoad::pending();
      }
    }
  }
  // A file still being written at start-up gets a few seconds to settle.
  for (int tries = 0; tries < 12; ++tries) {
    ContentLoad out;
    const Attempt a = attempt(out);
    if (a == Attempt::Loaded || a == Attempt::Rejected) return out;
    if (a == Attempt::Unchanged) return rejected("no usable content");
    std::this_thread::sleep_for(std::chrono::milliseconds(kRecheckMs));
  }
  return rejected("the content file '" + live_path_ + "' kept changing; waiting for it to settle");
}

void LiveDatabase::watch(std::function<void()> wake) {
  if (thread_.joinable()) return;
  stop_fd_.reset(::eventfd(0, EFD_CLOEXEC));
  thread_ = std::thread([this, wake = std::move(wake)] { run(wake); });
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
          {"Checksum (FNV-1a 64)", current_checksum_.empty() ? "none" : current_checksum_},
          {"Watching", watching_}};
}

namespace {

// What the inotify events waiting on `ifd` say of the file called `name` (the last one counts).
enum class Touched { No, Written, RenamedIn };

Touched read_events(int ifd, const std::string& name) {
  Touched touched = Touched::No;
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
        touched = (ev.mask & IN_MOVED_TO) != 0 ? Touched::RenamedIn : Touched::Written;
      }
      at += static_cast<ssize_t>(sizeof ev + ev.len);
    }
  }
  return touched;
}

// How long poll() may sleep: briefly while a change settles, for ever with inotify (a second
// without), and never past a pending recheck.
int poll_timeout(bool settling, bool inotify, std::optional<Clock::time_point> recheck_at) {
  int timeout = settling ? kRecheckMs : (inotify ? -1 : 1000);
  if (!recheck_at) return timeout;
  const auto left = std::max<long long>(
      0, std::chrono::duration_cast<std::chrono::milliseconds>(*recheck_at - Clock::now()).count());
  return timeout < 0 ? static_cast<int>(left) : std::min(timeout, static_cast<int>(left));
}

}  // namespace

// Hands a result to the front end and wakes it.
void LiveDatabase::deliver(ContentLoad result, const std::function<void()>& wake) {
  {
    const std::lock_guard lock(mutex_);
    results_.push_back(std::move(result));
  }
  wake();
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

// The watcher thread. It sleeps in poll() until the directory changes (or, without inotify,
// for a second); after a change it waits until the file has been quiet for kSettle, then loads.
void LiveDatabase::run(const std::function<void()>& wake) {
  // Copying and checking a large file must never take time from drawing: this thread runs at
  // a lower priority (Linux niceness is per thread).
  if (::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 10) != 0) {
    // Not allowed to lower it: it still works, only less politely.
  }
  const sys::UniqueFd inotify(::inotify_init1(IN_CLOEXEC | IN_NONBLOCK));
  const int wd = start_watching(inotify);
  const std::string name = std::filesystem::path(live_path_).filename().string();
  // Start from what was last loaded, not from what is there now: a file replaced between the
  // first load and this watch must still be noticed.
  std::optional<FileIdentity> settling = last_seen_;
  bool dirty = identify(live_path_) != last_seen_;
  auto quiet_since = Clock::now();
  if (first_in_background_) quiet_since -= kSettle;  // the first file is not being written: go
  const auto recheck_at = Clock::now() + kTrustRecheckAfter;
  for (;;) {
    std::array<pollfd, 2> fds{
        {{stop_fd_.get(), POLLIN, 0}, {wd >= 0 ? inotify.get() : -1, POLLIN, 0}}};
    const int timeout =
        poll_timeout(dirty, wd >= 0, recheck_ ? std::optional(recheck_at) : std::nullopt);
    if (::poll(fds.data(), fds.size(), timeout) < 0 && errno != EINTR) break;
    if ((fds[0].revents & POLLIN) != 0) break;
    const Touched touched =
        (fds[1].revents & POLLIN) != 0 ? read_events(inotify.get(), name) : Touched::No;
    if (touched != Touched::No) {
      dirty = true;
      quiet_since = Clock::now() - (touched == Touched::RenamedIn ? kSettle : Clock::duration{});
    }
    if (recheck_ && Clock::now() >= recheck_at) {
      if (std::optional<ContentLoad> result = recheck_cached()) deliver(std::move(*result), wake);
    }
    const std::optional<FileIdentity> now_identity = identify(live_path_);
    if (now_identity != settling) {
      settling = now_identity;
      if (!dirty) quiet_since = Clock::now();  // noticed by polling, not by an event
      dirty = true;
    }
    if (!dirty || Clock::now() - quiet_since < kSettle) continue;
    dirty = false;
    ContentLoad result;
    const Attempt a = attempt(result);
    if (a == Attempt::Unsettled) {
      dirty = true;
      quiet_since = Clock::now();
    } else if (a == Attempt::Loaded || a == Attempt::Rejected) {
      deliver(std::move(result), wake);
    }
  }
}

}  // namespace kiosk::app
