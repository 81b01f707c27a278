// Structural checks of a content database: the file, its integrity, its schema.
#include "store/check.hpp"

#include <sys/stat.h>

#include <array>
#include <cstdint>
#include <fstream>
#include <span>

#include "store/content_checksum.hpp"
#include "store/fast_hash.hpp"
#include "store/open.hpp"
#include "store/schema.hpp"
#include "store/translations.hpp"

namespace kiosk::store {
namespace {

constexpr std::array<const char*, 7> kRequiredMeta{
    "schema_version", "content_version",  "title",           "build_time",
    "languages",      "default_language", "content_checksum"};

std::string check_version(sqlite3* db) {
  const auto found = query_integer(db, "PRAGMA user_version");
  const int wanted = schema_version();
  if (found == wanted) return {};
  if (found > wanted) {
    return "schema version " + std::to_string(found) + " is newer than this kiosk reads (" +
           std::to_string(wanted) +
           "): update the kiosk software, or build the content with "
           "the kiosk-db that matches it";
  }
  return "schema version " + std::to_string(found) + " is older than this kiosk reads (" +
         std::to_string(wanted) + "): rebuild the content with this version of kiosk-db";
}

std::string check_integrity(sqlite3* db) {
  Statement s(db, "PRAGMA quick_check(1)");
  if (!s.step()) return "integrity check returned nothing";
  const std::string verdict = s.text(0);
  return verdict == "ok" ? std::string() : "the file is damaged: " + verdict;
}

void check_tables(sqlite3* db, CheckReport& report) {
  for (const auto& [table, columns] : schema_tables()) {
    Statement s(db, "SELECT name FROM pragma_table_info(?)");
    s.bind(1, std::string_view(table));
    std::set<std::string> found;
    while (s.step()) found.insert(s.text(0));
    if (found.empty()) {
      report.problems.push_back("missing table '" + table + "'");
      continue;
    }
    for (const std::string& column : columns) {
      if (!found.contains(column)) {
        report.problems.push_back("table '" + table + "' has no column '" + column + "'");
      }
    }
  }
}

void check_meta(sqlite3* db, CheckReport& report) {
  Statement s(db, "SELECT value FROM meta WHERE key = ? AND typeof(value) = 'text'");
  for (const char* key : kRequiredMeta) {
    s.bind(1, std::string_view(key));
    if (!s.step() || s.text(0).empty()) {
      report.problems.push_back(std::string("meta: missing setting '") + key + "'");
    } else if (std::string_view(key) == "content_version") {
      report.content_version = s.text(0);
    } else if (std::string_view(key) == "title") {
      report.title = s.text(0);
    }
    s.reset();
  }
}

// What both checks share: the schema version, then tables and columns, then the settings.
void check_schema(sqlite3* db, CheckReport& report) {
  if (auto problem = check_version(db); !problem.empty()) {
    report.problems.push_back(problem);
    return;
  }
  check_tables(db, report);
  if (report.usable()) check_meta(db, report);
}

}  // namespace

namespace {

std::uint32_t big_endian(const std::array<char, 100>& h, std::size_t at, int width) {
  std::uint32_t value = 0;
  for (int i = 0; i < width; ++i) value = (value << 8U) | static_cast<unsigned char>(h[at + i]);
  return value;
}

// The size an SQLite header says its file has (page size x page count); 0 when the header is
// too short or its page count is not valid (written by an SQLite before 3.7.0).
std::uint64_t declared_size(const std::array<char, 100>& header, std::streamsize read) {
  if (read < static_cast<std::streamsize>(header.size())) return 0;
  const std::uint32_t raw_page = big_endian(header, 16, 2);
  const std::uint64_t page = raw_page == 1 ? 65536 : raw_page;
  const bool count_valid = big_endian(header, 24, 4) == big_endian(header, 92, 4);
  return count_valid ? page * big_endian(header, 28, 4) : 0;
}

}  // namespace

std::optional<std::string> check_file_header(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return "no file at '" + path + "'";
  if (!S_ISREG(info.st_mode)) return "'" + path + "' is not a regular file";
  if (info.st_size == 0) return "'" + path + "' is empty (0 bytes)";
  std::ifstream in(path, std::ios::binary);
  std::array<char, 100> header{};
  in.read(header.data(), header.size());
  if (in.gcount() < 16 ||
      std::string_view(header.data(), 16) != std::string_view("SQLite format 3\0", 16)) {
    return "'" + path + "' is not an SQLite database (wrong header)";
  }
  // A file cut inside its last page can still pass SQLite's own check when that page is an
  // empty table's (the speech table of a file without speech): the header's size says.
  if (const std::uint64_t expected = declared_size(header, in.gcount());
      expected > static_cast<std::uint64_t>(info.st_size)) {
    return "'" + path + "' is cut short: " + std::to_string(info.st_size) + " of its " +
           std::to_string(expected) + " bytes";
  }
  return {};
}

CheckReport check_database(sqlite3* db) {
  CheckReport report;
  try {
    if (auto problem = check_integrity(db); !problem.empty()) {
      report.problems.push_back(problem);
      return report;
    }
    check_schema(db, report);
    if (!report.usable()) return report;
    check_content(db, report);
    Statement codes(db, "SELECT code FROM language ORDER BY position");
    while (codes.step()) {
      if (!is_language_code(codes.text(0))) {
        report.problems.push_back("language '" + codes.text(0) +
                                  "' is not a language code (letters and '-', such as be-BY)");
      }
    }
    // Last: a file with a named problem is refused for that, not for the checksum it breaks.
    if (!report.usable()) return report;
    if (auto problem = verify_content_checksum(db)) report.problems.push_back(*problem);
    for (const MissingTranslations& gap : missing_translations(db)) {
      report.translation_gaps.push_back(gap.language + ": " + std::to_string(gap.missing) + " of " +
                                        std::to_string(gap.total) + " " + gap.what +
                                        " have no text in it (shown in the default language)");
    }
  } catch (const StoreError& e) {
    report.problems.push_back(std::string("cannot read the database: ") + e.what());
  }
  return report;
}

CheckReport check_structure(sqlite3* db) {
  CheckReport report;
  try {
    check_schema(db, report);
    if (!report.usable()) return report;
    // Numbered 1..N (a full check made sure of that): the largest number is the count.
    report.cards =
        static_cast<int>(query_integer(db, "SELECT COALESCE(MAX(position), 0) FROM card"));
    report.questions =
        static_cast<int>(query_integer(db, "SELECT COALESCE(MAX(id), 0) FROM question"));
    report.approved_questions = count_approved(db);
    if (report.cards == 0 || report.questions == 0)
      report.problems.emplace_back("no cards or no questions");
  } catch (const StoreError& e) {
    report.problems.push_back(std::string("cannot read the database: ") + e.what());
  }
  return report;
}

int count_approved(sqlite3* db) {
  return static_cast<int>(
      query_integer(db, "SELECT COUNT(*) FROM question WHERE review = 'approved'"));
}

std::string file_checksum(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  Xxh3Hash hash;
  std::array<char, 64 * 1024> buffer{};
  while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0) {
    hash.add(std::span<const char>(buffer.data(), static_cast<std::size_t>(in.gcount())));
  }
  if (in.bad()) return {};
  return hash.hex();
}

CheckReport check_file(const std::string& path) {
  if (std::optional<std::string> problem = check_file_header(path)) {
    return CheckReport{{*problem}, {}, {}, 0, 0, 0, {}};
  }
  try {
    DatabaseHandle db = open_untrusted(path);
    return check_database(db.get());
  } catch (const StoreError& e) {
    return CheckReport{{e.what()}, {}, {}, 0, 0, 0, {}};
  }
}

}  // namespace kiosk::store
