// Content from a database file that curators replace while the kiosk runs.
//
// The kiosk never reads the file curators write to. Each version is copied to a private
// snapshot (only once the file has stopped changing, and only if it did not change during the
// copy), checked there with the kiosk's full validation, and opened there. So `cp` over the
// live file, a rename, a half-copied file, a deletion or garbage never reach the screen: the
// last good content stays until a good new one arrives.
#pragma once

#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "app/file_snapshot.hpp"
#include "app/settle_watch.hpp"
#include "core/clock.hpp"
#include "core/content_provider.hpp"
#include "sys/unique_fd.hpp"

namespace kiosk::app {

// Where LiveDatabase takes the time from and how it waits; tests pass a simulated one.
struct TimeSource {
  std::function<Millis()> now;        // a monotonic clock
  std::function<void(Millis)> sleep;  // lets that many milliseconds pass
};

// The steady clock, and sleeping for real.
TimeSource real_time();

class LiveDatabase final : public ContentProvider {
 public:
  // `snapshot_dir`: a writable directory for private copies; "" opens the live file itself
  // (when no writable place exists), which still rejects bad files but cannot shield a file
  // that is rewritten in place while open.
  // `time`: the watcher's settle and recheck decisions and load()'s retries run on it; the
  // watcher thread (watch()) needs the real one, as it sleeps in poll().
  LiveDatabase(std::string live_path, std::string snapshot_dir, TimeSource time = real_time());
  ~LiveDatabase() override;
  LiveDatabase(const LiveDatabase&) = delete;
  LiveDatabase& operator=(const LiveDatabase&) = delete;

  ContentLoad load() override;
  void watch(std::function<void()> wake) override;
  std::optional<ContentLoad> poll() override;
  std::vector<std::pair<std::string, std::string>> status() const override;

  // One pass of the watcher, as after waking: looks at the live file, and when it changed and
  // has settled (or the trusted snapshot's recheck is due) loads it, queueing the result for
  // poll() and calling watch()'s `wake`. `event`: what inotify said of the file since the last
  // step (nullopt: nothing, or no inotify). The first call starts watching from what load()
  // saw. The watcher thread calls it; tests call it without the thread, moving their clock in
  // between. Safe from any thread: steps (and load()) take turns.
  void step(std::optional<Change> event = std::nullopt);

 private:
  enum class Attempt { Loaded, Rejected, Unchanged, Unsettled };

  Attempt attempt(ContentLoad& out);
  Attempt attempt_direct(const FileIdentity& identity, ContentLoad& out);
  std::optional<ContentLoad> load_checked(const std::optional<FileIdentity>& made_from);
  std::optional<ContentLoad> recheck_cached();
  void keep_only(const std::string& snapshot);
  void run();
  int start_watching(const sys::UniqueFd& inotify);
  void start_settling(Millis now);
  Millis next_timeout(Wakeup wakeup);
  void deliver(ContentLoad result);

  enum class Watching { NotYet, Started };

  std::string live_path_;
  std::string snapshot_dir_;
  TimeSource time_;
  // Held by load(), watch() and each step: the watcher's state below, down to mutex_, is
  // theirs alone, so a step from a test cannot race the thread.
  std::mutex work_mutex_;
  SettleWatch settle_;
  Watching started_ = Watching::NotYet;
  std::optional<FileIdentity> seen_;       // the file's identity at the last step
  std::optional<FileIdentity> last_seen_;  // that of the version last attempted
  bool existed_ = false;
  bool recheck_ = false;  // the snapshot in use was opened on trust: check it fully soon
  bool first_in_background_ = false;  // load() left a large first file to the watcher
  std::function<void()> wake_;
  // Guards what poll() and status() read while the watcher works (written under both).
  mutable std::mutex mutex_;
  std::deque<ContentLoad> results_;
  std::string current_checksum_;
  std::string current_snapshot_;
  std::string watching_ = "not yet";
  sys::UniqueFd stop_fd_;  // written to stop the watcher thread
  std::thread thread_;
};

}  // namespace kiosk::app
