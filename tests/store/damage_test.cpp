// Random damage: byte flips, bit flips and truncation at many places. The check either refuses
// the file with a reason or accepts it because the damage changed nothing the kiosk reads
// (unused space): a damaged file never shows different content. It never crashes.
#include <doctest/doctest.h>

#include <random>

#include "broken_corpus.hpp"
#include "store/check.hpp"
#include "store/export.hpp"
#include "store/open.hpp"
#include "store/sqlite_library.hpp"

using namespace kiosk;

namespace {

struct Tally {
  int tried = 0;
  int refused = 0;
};

// Everything a content file holds, as kiosk-db export shows it.
std::string exported(const std::string& path) {
  const store::DatabaseHandle db = store::open_untrusted(path);
  return store::export_content(db.get()).dump();
}

// Checks a damaged file; a file that passes must read without failing, and read as `original`.
void check_damaged(const std::string& path, const std::string& original, Tally& tally) {
  ++tally.tried;
  const store::CheckReport report = store::check_file(path);
  if (!report.usable()) {
    ++tally.refused;
    CHECK_FALSE(report.reason().empty());
    return;
  }
  store::LoadResult load = store::SqliteLibrary::open(path);
  REQUIRE(load.library);
  for (int i = 0; i < load.library->card_count(); ++i) CHECK(load.library->card(i));
  for (int i = 0; i < load.library->question_count(); ++i) CHECK(load.library->question(i));
  CHECK(exported(path) == original);  // the content checksum catches any change that shows
}

}  // namespace

TEST_CASE("every named kind of broken file is refused with its reason") {
  test::TempDir dir;
  for (const test::BrokenCase& c : test::named_broken_corpus(dir)) {
    CAPTURE(c.name);
    REQUIRE_FALSE(c.reason.empty());  // "" is found in any reason: such a case could not fail
    const store::CheckReport report = store::check_file(c.path);
    CHECK_FALSE(report.usable());
    CHECK(report.reason().find(c.reason) != std::string::npos);
  }
}

TEST_CASE("byte flips, bit flips and truncations never crash the check") {
  test::TempDir dir;
  const std::string good = dir.file("good.db");
  test::write_fixture_db(good);
  const std::string bytes = test::read_text(good);
  const std::string original = exported(good);
  const std::string path = dir.file("damaged.db");
  std::mt19937 random(4);
  Tally bytes_tally;
  for (int i = 0; i < 300; ++i) {
    std::string damaged = bytes;
    const int flips = 1 + i % 8;
    for (int f = 0; f < flips; ++f) {
      damaged[std::uniform_int_distribution<std::size_t>(0, damaged.size() - 1)(random)] =
          static_cast<char>(random());
    }
    test::write_text(path, damaged);
    check_damaged(path, original, bytes_tally);
  }
  Tally bits_tally;
  for (int i = 0; i < 300; ++i) {
    std::string damaged = bytes;
    const auto at = std::uniform_int_distribution<std::size_t>(0, damaged.size() - 1)(random);
    damaged[at] = static_cast<char>(damaged[at] ^ (1 << (i % 8)));
    test::write_text(path, damaged);
    check_damaged(path, original, bits_tally);
  }
  Tally cut_tally;
  for (std::size_t cut = 0; cut < bytes.size(); cut += 997) {
    test::write_text(path, bytes.substr(0, cut));
    check_damaged(path, original, cut_tally);
  }
  MESSAGE("byte flips: " << bytes_tally.tried << " files, " << bytes_tally.refused
                         << " refused; bit flips: " << bits_tally.tried << ", "
                         << bits_tally.refused << " refused; truncations: " << cut_tally.tried
                         << ", " << cut_tally.refused << " refused");
  CHECK(cut_tally.refused == cut_tally.tried);  // a truncated file is never usable
}
