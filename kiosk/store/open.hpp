// Opening content databases: untrusted files read-only and defensively; new files for writing.
#pragma once

#include <string>

#include "store/sqlite.hpp"

namespace kiosk::store {

// Opens `path` read-only as an untrusted file, following sqlite.org's advice for files from
// elsewhere: defensive mode, no trusted schema, no triggers or views, no memory-mapped I/O,
// tight limits on string length and query complexity. Throws StoreError with the reason.
DatabaseHandle open_untrusted(const std::string& path);

// Applies the untrusted-file settings (defensive mode, limits, no mmap, query only) to an
// already open connection, such as an in-memory copy. Throws StoreError.
void harden(sqlite3* db);

// Creates (or truncates) `path` for writing a new database. Throws StoreError.
DatabaseHandle create_database(const std::string& path);

}  // namespace kiosk::store
