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
#include "core/content_provider.hpp"
#include "sys/unique_fd.hpp"

namespace kiosk::app {

class LiveDatabase final : public ContentProvider {
 public:
  // `snapshot_dir`: a writable directory for private copies; "" opens the live file itself
  // (when no writable place exists), which still rejects bad files but cannot shield a file
  // that is rewritten in place while open.
  LiveDatabase(std::string live_path, std::string snapshot_dir);
  ~LiveDatabase() override;
  LiveDatabase(const LiveDatabase&) = delete;
  LiveDatabase& operator=(const LiveDatabase&) = delete;

  ContentLoad load() override;
  void watch(std::function<void()> wake) override;
  std::optional<ContentLoad> poll() override;
  std::vector<std::pair<std::string, std::string>> status() const override;

 private:
  enum class Attempt { Loaded, Rejected, Unchanged, Unsettled };

  Attempt attempt(ContentLoad& out);
  Attempt attempt_direct(const FileIdentity& identity, ContentLoad& out);
  std::optional<ContentLoad> load_cached(const FileIdentity& identity);
  std::optional<ContentLoad> recheck_cached();
  void keep_only(const std::string& snapshot);
  void run(const std::function<void()>& wake);
  int start_watching(const sys::UniqueFd& inotify);
  void deliver(ContentLoad result, const std::function<void()>& wake);

  std::string live_path_;
  std::string snapshot_dir_;
  mutable std::mutex mutex_;
  std::deque<ContentLoad> results_;
  std::string current_checksum_;
  std::string current_snapshot_;
  std::string watching_ = "not yet";
  std::optional<FileIdentity> last_seen_;
  bool existed_ = false;
  bool recheck_ = false;  // the snapshot in use was opened on trust: check it fully soon
  bool first_in_background_ = false;  // load() left a large first file to the watcher
  sys::UniqueFd stop_fd_;             // written to stop the watcher thread
  std::thread thread_;
};

}  // namespace kiosk::app
