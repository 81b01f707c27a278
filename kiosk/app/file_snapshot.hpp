// Taking a private copy of a file that someone else may be replacing or rewriting.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace kiosk::app {

// What identifies a version of a file on disk without reading it.
struct FileIdentity {
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
  std::int64_t size = -1;
  std::int64_t modified_ns = 0;
  friend bool operator==(const FileIdentity&, const FileIdentity&) = default;
};

// The identity of `path`, or nullopt when there is no regular file there.
std::optional<FileIdentity> identify(const std::string& path);

struct Snapshot {
  std::string path;      // the private copy
  std::string checksum;  // XXH3 64 of the bytes, 16 hex digits (as store::file_checksum)
};

enum class SnapshotResult { Taken, Missing, ChangedWhileCopying, Failed };

// Copies `source` to `target`, hashing as it goes. The copy is only good if the source had the
// same identity before and after (a `cp` still writing, or a rename during the copy, makes it
// ChangedWhileCopying: try again once it has settled). `error` says why on Failed.
SnapshotResult take_snapshot(const std::string& source, const std::string& target,
                             Snapshot& snapshot, std::string& error);

}  // namespace kiosk::app
