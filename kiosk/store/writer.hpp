// Writing a content model to a new database file, atomically.
#pragma once

#include <string>

#include "core/model.hpp"

namespace kiosk::store {

// Writes `content` to `path`: into a temporary file beside it first, synced and checked as the
// kiosk checks a file (check_file), then renamed over `path`, so a reader (or a power cut) sees
// either the old file or the complete new one, and never one the kiosk would refuse.
// Cards are numbered in date order. Throws StoreError; `path` is untouched on failure.
void write_database(const model::Content& content, const std::string& path);

// Makes `path` durable: fsync the file, rename it to `target`, fsync the directory.
// Throws StoreError.
void durable_rename(const std::string& path, const std::string& target);

}  // namespace kiosk::store
