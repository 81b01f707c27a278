// The fuzz targets' bodies.
#include "fuzz/targets.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "authoring/build.hpp"
#include "store/check.hpp"
#include "store/open.hpp"
#include "store/sqlite.hpp"

namespace kiosk::fuzz {
namespace {

// An in-memory database holding `data`, with the same hardening as a file from a USB stick.
store::DatabaseHandle in_memory(const std::uint8_t* data, std::size_t size) {
  sqlite3* raw = nullptr;
  sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE, nullptr);
  store::DatabaseHandle db(raw);
  auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(size == 0 ? 1 : size));
  if (copy == nullptr) return nullptr;
  std::copy(data, data + size, copy);
  if (sqlite3_deserialize(db.get(), "main", copy, static_cast<sqlite3_int64>(size),
                          static_cast<sqlite3_int64>(size),
                          SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY) !=
      SQLITE_OK) {
    return nullptr;
  }
  store::harden(db.get());
  return db;
}

// A copy of the fixture content source to write the fuzzed facts.toml into (once per process).
const std::string& source_dir() {
  static const std::string dir = [] {
    const std::string d = (std::filesystem::temp_directory_path() /
                           ("kiosk-fuzz-source-" + std::to_string(::getpid())))
                              .string();
    std::filesystem::remove_all(d);
    std::filesystem::copy(KIOSK_FUZZ_FIXTURE_DIR, d, std::filesystem::copy_options::recursive);
    return d;
  }();
  return dir;
}

}  // namespace

int check_database_bytes(const std::uint8_t* data, std::size_t size) {
  try {
    store::DatabaseHandle db = in_memory(data, size);
    if (!db) return 0;
    const store::CheckReport report = store::check_database(db.get());
    (void)report.reason();
  } catch (const store::StoreError&) {
    // A refusal is the right answer to a bad file; only crashes and hangs are bugs here.
  }
  return 0;
}

int build_content_source(const std::uint8_t* data, std::size_t size) {
  const std::string& dir = source_dir();
  {
    std::ofstream out(dir + "/facts.toml", std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  const authoring::BuildResult result = authoring::build_content({dir, "", "2026-01-01T00:00:00Z"});
  (void)result.ok();
  return 0;
}

}  // namespace kiosk::fuzz
