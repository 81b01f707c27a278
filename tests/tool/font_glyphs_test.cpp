// kiosk-db finds and opens the kiosk's fonts with FreeType, and a folder or file it cannot use
// is a clear error naming the path, never a crash.
#include <doctest/doctest.h>

#include <filesystem>

#include "support/support.hpp"
#include "tool/font_glyphs.hpp"
#include "tool/kiosk_db_run.hpp"

using namespace kiosk;

namespace {

std::string bundled_fonts() { return test::source_dir() + "/assets/fonts"; }

// The message of the FontError that opening `dir` throws ("" when it opens).
std::string open_error(const std::string& dir) {
  try {
    const tool::FontGlyphs fonts(dir);
  } catch (const tool::FontError& e) {
    return e.what();
  }
  return {};
}

}  // namespace

TEST_CASE("the bundled fonts open, and the default folder is the one beside the programs") {
  CHECK(open_error(bundled_fonts()).empty());
  // The tests run from the build tree, laid out as installed: BUILD/tests, BUILD/share/kiosk/fonts.
  CHECK(std::filesystem::equivalent(tool::default_fonts_dir(),
                                    std::string(KIOSK_BINARY_DIR) + "/share/kiosk/fonts"));
}

TEST_CASE("a fonts folder that is not there is named") {
  const test::TempDir dir;
  CHECK(open_error(dir.file("nowhere")) ==
        "no fonts folder '" + dir.file("nowhere") +
            "' (it must hold DejaVuSans.ttf and DejaVuSans-Bold.ttf)");
}

TEST_CASE("a fonts folder without the bold font names the file it lacks") {
  const test::TempDir dir;
  std::filesystem::copy_file(bundled_fonts() + "/DejaVuSans.ttf", dir.file("DejaVuSans.ttf"));
  CHECK(open_error(dir.path().string()) ==
        "no font '" + dir.file("DejaVuSans-Bold.ttf") + "' (the kiosk draws with it)");
}

TEST_CASE("a font file FreeType cannot read is named, with FreeType's reason") {
  const test::TempDir dir;
  std::filesystem::copy_file(bundled_fonts() + "/DejaVuSans.ttf", dir.file("DejaVuSans.ttf"));
  test::write_text(dir.file("DejaVuSans-Bold.ttf"), "not a font at all");
  const std::string error = open_error(dir.path().string());
  CHECK(error.starts_with("cannot read font '" + dir.file("DejaVuSans-Bold.ttf") +
                          "': FreeType error "));
}

TEST_CASE("kiosk-db build with a missing fonts folder says so and writes nothing") {
  const test::TempDir dir;
  test::write_text(dir.file("live.db"), "the previous database");
  const test::Run run = test::kiosk_db({"build", test::fixture_dir("content"), "-o",
                                        dir.file("live.db"), "--fonts", dir.file("no-fonts")});
  CHECK(run.code == 1);
  CHECK(run.err == "kiosk-db: no fonts folder '" + dir.file("no-fonts") +
                       "' (it must hold DejaVuSans.ttf and DejaVuSans-Bold.ttf); nothing was "
                       "written\n");
  CHECK(test::read_text(dir.file("live.db")) == "the previous database");
}
