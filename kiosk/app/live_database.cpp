// Watching the live database path (inotify, or a stat once a second), and loading new versions
// through private snapshots.
#include "app/live_database.hpp"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "store/sqlite_library.hpp"

namespace kiosk::app {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kSettle = std::chrono::milliseconds(500);  // quiet time before a file counts as written
constexpr int kRecheckMs = 250;

ContentLoad rejected(std::string why) { return ContentLoad{nullptr, std::move(why)}; }

std::string directory_of(const std::string& path) {
  const std::string dir = std::filesystem::path(path).parent_path().string();
  return dir.empty() ? "." : dir;
}

}  // namespace

LiveDatabase::LiveDatabase(std::string live_path, std::string snapshot_dir)
    : live_path_(std::move(live_path)), snapshot_dir_(std::move(snapshot_dir)) {
  if (!snapshot_dir_.empty()) {
    std::error_code ignored;
    for (const auto& entry : std::filesystem::directory_iterator(snapshot_dir_, ignored)) {
      if (entry.path().filename().string().starts_with("content-")) {
        std::filesystem::remove(entry.path(), ignored);  // left by an earlier run
      }
    }
  }
}

LiveDatabase::~LiveDatabase() {
  if (thread_.joinable()) {
    const std::uint64_t one = 1;
    if (::write(stop_fd_, &one, sizeof one) < 0) {
      // The thread may then wait for its next poll timeout; nothing else can be done.
    }
    thread_.join();
  }
  if (stop_fd_ >= 0) ::close(stop_fd_);
}

LiveDatabase::Attempt LiveDatabase::attempt_direct(const FileIdentity& identity, ContentLoad& out) {
  store::LoadResult result = store::SqliteLibrary::open(live_path_);
  last_seen_ = identity;
  const std::string checksum = file_checksum(live_path_);
  if (!result.library) {
    out = rejected(result.report.reason());
    return Attempt::Rejected;
  }
  const std::lock_guard lock(mutex_);
  current_checksum_ = checksum;
  out = ContentLoad{std::move(result.library), ""};
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
    out = rejected("the content file '" + live_path_ + "' was removed; the last good content stays");
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
    for (std::size_t at; (at = reason.find(kept)) != std::string::npos;) reason.replace(at, kept.size(), live_path_);
    out = rejected(reason);
    return Attempt::Rejected;
  }
  {
    const std::lock_guard lock(mutex_);
    // The old snapshot can go: its open connection keeps the data until it closes.
    if (!current_snapshot_.empty() && current_snapshot_ != kept) std::remove(current_snapshot_.c_str());
    current_snapshot_ = kept;
    current_checksum_ = snapshot.checksum;
  }
  out = ContentLoad{std::move(result.library), ""};
  return Attempt::Loaded;
}

ContentLoad LiveDatabase::load() {
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
  stop_fd_ = ::eventfd(0, EFD_CLOEXEC);
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

// The watcher thread. It sleeps in poll() until the directory changes (or, without inotify,
// for a second); after a change it waits until the file has been quiet for kSettle, then loads.
void LiveDatabase::run(const std::function<void()>& wake) {
  const int ifd = ::inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
  const int wd = ifd < 0 ? -1
                         : ::inotify_add_watch(ifd, directory_of(live_path_).c_str(),
                                               IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE |
                                                   IN_DELETE | IN_MODIFY | IN_ATTRIB);
  {
    const std::lock_guard lock(mutex_);
    watching_ = wd >= 0 ? "inotify on " + directory_of(live_path_) : "a check every second";
  }
  const std::string name = std::filesystem::path(live_path_).filename().string();
  // Start from what was last loaded, not from what is there now: a file replaced between the
  // first load and this watch must still be noticed.
  std::optional<FileIdentity> settling = last_seen_;
  bool dirty = identify(live_path_) != last_seen_;
  auto quiet_since = Clock::now();
  for (;;) {
    std::array<pollfd, 2> fds{{{stop_fd_, POLLIN, 0}, {wd >= 0 ? ifd : -1, POLLIN, 0}}};
    const int timeout = dirty ? kRecheckMs : (wd >= 0 ? -1 : 1000);
    if (::poll(fds.data(), fds.size(), timeout) < 0 && errno != EINTR) break;
    if ((fds[0].revents & POLLIN) != 0) break;
    if ((fds[1].revents & POLLIN) != 0) {
      alignas(inotify_event) std::array<char, 4096> buffer{};
      for (ssize_t n; (n = ::read(ifd, buffer.data(), buffer.size())) > 0;) {
        for (ssize_t at = 0; at < n;) {
          const auto* ev = reinterpret_cast<const inotify_event*>(buffer.data() + at);
          if (ev->len > 0 && name == ev->name) {
            dirty = true;
            quiet_since = Clock::now();
          }
          at += static_cast<ssize_t>(sizeof(inotify_event) + ev->len);
        }
      }
    }
    const std::optional<FileIdentity> now_identity = identify(live_path_);
    if (now_identity != settling) {
      settling = now_identity;
      quiet_since = Clock::now();
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
      {
        const std::lock_guard lock(mutex_);
        results_.push_back(std::move(result));
      }
      wake();
    }
  }
  if (ifd >= 0) ::close(ifd);
}

}  // namespace kiosk::app
