// The content checksum sealed into a database when it is built and verified whenever it is
// checked: a byte changed inside a text value (SD card decay, a hand edit) is caught, where
// SQLite's own integrity check sees a well-formed file.
#pragma once

#include <optional>
#include <string>

#include "store/sqlite.hpp"

namespace kiosk::store {

// How a content checksum is computed: XXH3 64 for every file built now, FNV-1a 64 for files
// built before (twenty times slower: 8.1 ms over 7 MB, which showed in a first start).
enum class ChecksumKind { Fnv1a64, Xxh3 };

// The checksum, of `kind`, of every row of every table db/schema.sql defines (meta without
// its content_checksum row), each table's rows in primary key order: the same content
// gives the same checksum however SQLite laid the rows out. Throws StoreError.
std::string content_checksum(sqlite3* db, ChecksumKind kind = ChecksumKind::Xxh3);

// Writes content_checksum(db) into meta: the last step of building a file (and how a test that
// edits a file on purpose keeps it valid). Throws StoreError.
void seal_content(sqlite3* db);

// What is wrong when the checksum sealed in meta does not match the content; nullopt when it
// does. Throws StoreError.
std::optional<std::string> verify_content_checksum(sqlite3* db);

}  // namespace kiosk::store
