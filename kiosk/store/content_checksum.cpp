// Sealing and verifying a content database's checksum.
#include "store/content_checksum.hpp"

#include <array>
#include <cstring>
#include <span>
#include <vector>

#include "core/checksum.hpp"
#include "store/fast_hash.hpp"
#include "store/schema.hpp"

namespace kiosk::store {
namespace {

constexpr const char* kKey = "content_checksum";
// What a checksum sealed with XXH3 begins with. One without it (16 hex digits alone) is the
// FNV-1a 64 that files built before carry: still verified, so no file has to be rebuilt.
constexpr std::string_view kXxh3Prefix = "xxh3-";

template <typename Hash>
void add_number(Hash& hash, std::uint64_t bits) {
  std::array<unsigned char, 8> bytes{};
  for (std::size_t i = 0; i < bytes.size(); ++i)
    bytes[i] = static_cast<unsigned char>(bits >> (8 * i));
  hash.add(bytes);
}

template <typename Hash>
void add_text(Hash& hash, const std::string& text) {
  add_number(hash, text.size());  // the length first, so ("ab", "c") differs from ("a", "bc")
  hash.add(std::span<const char>(text.data(), text.size()));
}

// Adds one value, tagged with its type (the integer 1 and the text "1" differ).
template <typename Hash>
void add_value(Hash& hash, const Statement& row, int column) {
  const int type = row.type(column);
  add_number(hash, static_cast<std::uint64_t>(type));
  if (type == SQLITE_INTEGER) {
    add_number(hash, static_cast<std::uint64_t>(row.integer(column)));
  } else if (type == SQLITE_FLOAT) {
    const double value = row.real(column);
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    add_number(hash, bits);
  } else if (type != SQLITE_NULL) {
    add_text(hash, row.text(column));
  }
}

std::string quoted_list(const std::vector<std::string>& names) {
  std::string list;
  for (const std::string& name : names) list += (list.empty() ? "\"" : ", \"") + name + "\"";
  return list;
}

// SELECT of the table's columns (names from the compiled-in schema, never from the file) in the
// order of the primary key: every table has one, so the order is the content's, not the
// layout's, and costs no sort. Were a key missing (a tampered file), all columns order it.
std::string select_all(sqlite3* db, const std::string& table,
                       const std::set<std::string>& columns) {
  const std::vector<std::string> all(columns.begin(), columns.end());
  std::vector<std::string> key;
  Statement pk(db, "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk");
  pk.bind(1, std::string_view(table));
  while (pk.step()) {
    if (columns.contains(pk.text(0))) key.push_back(pk.text(0));
  }
  const std::string where = table == "meta" ? std::string(" WHERE key <> '") + kKey + "'" : "";
  return "SELECT " + quoted_list(all) + " FROM \"" + table + "\"" + where + " ORDER BY " +
         quoted_list(key.empty() ? all : key);
}

template <typename Hash>
std::string checksum_with(sqlite3* db) {
  Hash hash;
  for (const auto& [table, columns] : schema_tables()) {
    add_text(hash, table);
    Statement rows(db, select_all(db, table, columns));
    const int width = static_cast<int>(columns.size());
    while (rows.step()) {
      for (int c = 0; c < width; ++c) add_value(hash, rows, c);
    }
  }
  return hash.hex();
}

}  // namespace

std::string content_checksum(sqlite3* db, ChecksumKind kind) {
  switch (kind) {
    case ChecksumKind::Fnv1a64: return checksum_with<Fnv1a64>(db);
    case ChecksumKind::Xxh3: return std::string(kXxh3Prefix) + checksum_with<Xxh3Hash>(db);
  }
  return {};
}

void seal_content(sqlite3* db) {
  const std::string checksum = content_checksum(db);
  Statement(db, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)")
      .bind(1, std::string_view(kKey))
      .bind(2, std::string_view(checksum))
      .run();
}

std::optional<std::string> verify_content_checksum(sqlite3* db) {
  Statement sealed(db, "SELECT value FROM meta WHERE key = ?");
  sealed.bind(1, std::string_view(kKey));
  if (!sealed.step()) return std::string("meta: missing setting '") + kKey + "'";
  const std::string expected = sealed.text(0);
  const std::string actual = content_checksum(
      db, expected.starts_with(kXxh3Prefix) ? ChecksumKind::Xxh3 : ChecksumKind::Fnv1a64);
  if (actual == expected) return std::nullopt;
  return "the content does not match its checksum (sealed " + expected + ", found " + actual +
         "): the file was damaged or edited after it was built; rebuild it with kiosk-db build";
}

}  // namespace kiosk::store
