// Visitor text the kiosk would draw as empty boxes is refused by kiosk-db build: a control
// character, or a character the bundled fonts lack, each named with its file, line and code
// point, and nothing is written.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <string>

#include "authoring/fixture_copy.hpp"
#include "authoring/showable_text.hpp"
#include "support/support.hpp"
#include "tool/font_glyphs.hpp"
#include "tool/kiosk_db_run.hpp"

using namespace kiosk;
using authoring::unshowable;

namespace {

// The fonts the kiosk ships, as kiosk-db opens them.
std::string bundled_fonts() { return test::source_dir() + "/assets/fonts"; }

// Fonts that lack the characters given, with the file names given.
class FakeFonts final : public authoring::FontCoverage {
 public:
  explicit FakeFonts(std::map<char32_t, std::string> lacking) : lacking_(std::move(lacking)) {}
  std::string lacking(char32_t c) const override {
    const auto it = lacking_.find(c);
    return it == lacking_.end() ? "" : it->second;
  }

 private:
  std::map<char32_t, std::string> lacking_;
};

// The fixture with one edit, built by kiosk-db with the bundled fonts over an output file that
// holds the previous database.
struct CuratorBuild {
  static constexpr const char* kPrevious = "the previous database";
  test::FixtureCopy fixture;
  test::Run run;

  CuratorBuild(const std::string& file, const std::string& from, const std::string& to) {
    const std::string path = fixture.src() + "/" + file;
    std::string text = test::read_text(path);
    const auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, "fixture has no '" << from << "' in " << file);
    text.replace(at, from.size(), to);
    test::write_text(path, text);
    test::write_text(fixture.file("live.db"), kPrevious);
    run = test::kiosk_db(
        {"build", fixture.src(), "-o", fixture.file("live.db"), "--fonts", bundled_fonts()});
  }

  // An error on FILE:LINE whose message holds every one of `words`.
  void expect(const std::string& file, int line, std::initializer_list<std::string> words) const {
    const std::string prefix =
        fixture.src() + "/" + file + ":" + std::to_string(line) + ": error: ";
    std::istringstream lines(run.err);
    for (std::string l; std::getline(lines, l);) {
      bool all = l.rfind(prefix, 0) == 0;
      for (const std::string& w : words) all = all && l.find(w) != std::string::npos;
      if (all) return;
    }
    FAIL("no such error at " << file << ":" << line << "; got:\n" << run.err);
  }

  // Refused, and the previous database left as it was.
  void expect_nothing_written() const {
    CHECK(run.code == 1);
    CHECK(run.err.find("nothing was written") != std::string::npos);
    CHECK(test::read_text(fixture.file("live.db")) == kPrevious);
  }
};

}  // namespace

TEST_CASE("text with letters, punctuation and line breaks can be shown") {
  CHECK(unshowable("Harbour Town \u2014 \u00AB\u0436\u00BB, 42 \u2116", nullptr).empty());
  CHECK(unshowable("First paragraph.\n\nSecond,\nwith a break.", nullptr).empty());
}

TEST_CASE("a control character is named by its code point, with where it is") {
  CHECK(unshowable("Harbour\x1BTown", nullptr) ==
        "has U+001B (ESC, a control character), at character 8, which the kiosk cannot show: "
        "remove it");
  CHECK(unshowable("a\tb", nullptr).starts_with("has U+0009 (TAB, a control character)"));
  CHECK(unshowable("a\r\nb", nullptr).starts_with("has U+000D (CR, a control character)"));
  CHECK(unshowable(std::string("a\0b", 3), nullptr).starts_with("has U+0000 (NUL"));
  CHECK(unshowable("a\x7F", nullptr).starts_with("has U+007F (DEL, a control character)"));
  CHECK(unshowable("\u0436\u0085", nullptr)
            .starts_with("has U+0085 (a C1 control character), "
                         "at character 2"));
}

TEST_CASE("a character a font lacks is named with the fonts that lack it") {
  const FakeFonts fonts({{U'\u4E2D', "A.ttf and B.ttf"}, {U'\U0001F600', "B.ttf"}});
  CHECK(unshowable("Harbour \u4E2D", &fonts) ==
        "has '\u4E2D' (U+4E2D), at character 9, which A.ttf and B.ttf cannot draw (the kiosk "
        "would show an empty box): write it another way");
  CHECK(unshowable("\U0001F600", &fonts)
            .starts_with("has '\U0001F600' (U+1F600), at character 1, "
                         "which B.ttf cannot"));
  CHECK(unshowable("Harbour Town", &fonts).empty());
}

TEST_CASE("the bundled fonts lack a CJK ideograph and a rocket, and have Belarusian letters") {
  const tool::FontGlyphs fonts(bundled_fonts());
  CHECK(fonts.lacking(U'\u4E2D') == "DejaVuSans.ttf and DejaVuSans-Bold.ttf");
  CHECK(fonts.lacking(U'\U0001F680') == "DejaVuSans.ttf and DejaVuSans-Bold.ttf");  // rocket
  // Not every character of the regular weight is in the bold one.
  CHECK(fonts.lacking(U'\U0001D5A0') == "DejaVuSans-Bold.ttf");
  CHECK(fonts.lacking(U'\u045E').empty());  // ў
  CHECK(fonts.lacking(U'\u2116').empty());  // №
}

TEST_CASE("an escape character in a card's text is refused with its file, line and U+001B") {
  const CuratorBuild b("cards.toml", "She and the harbour", "She and the\\u001B harbour");
  b.expect("cards.toml", 1,
           {"card 'opening': its text (en) \"The town's mayor",
            "has U+001B (ESC, a control "
            "character), at character 79"});
  b.expect_nothing_written();
}

TEST_CASE("a character the bundled fonts lack, in a card's title, is refused with file and line") {
  const CuratorBuild b("cards.toml", "\"Ten years of waiting\"", "\"Ten years of \u4E2D\"");
  b.expect("cards.toml", 17,
           {"card 'waiting': its title (en)", "has '\u4E2D' (U+4E2D), at character 14",
            "which DejaVuSans.ttf and DejaVuSans-Bold.ttf cannot draw"});
  b.expect_nothing_written();
}

TEST_CASE("a character a question takes from a relation's template is blamed on its fact") {
  const CuratorBuild b("relations.toml", "ask_value = \"Where does {subject} stand?\"",
                       "ask_value = \"Where does {subject} stand? \U0001F680\"");
  b.expect(
      "facts.toml", 11,
      {"fact 'lighthouse-place': its question 'where:lighthouse-place:value' (en)", "(U+1F680)"});
  b.expect_nothing_written();
}

TEST_CASE("a control character in the kiosk's own words is refused on the line of the word") {
  const CuratorBuild b("interface.toml", "[phrases.en]",
                       "[kiosk.en]\nbriefings = \"Brief\\u0007ings\"\n\n[phrases.en]");
  b.expect("interface.toml", 3, {"[kiosk.en]: 'briefings' has U+0007 (BEL, a control character)"});
  b.expect_nothing_written();
}

TEST_CASE("a control character in the content's title is refused on its line") {
  const CuratorBuild b("kiosk.toml", "title = \"Harbour Town test content\"",
                       "title = \"Harbour Town\\u009B test content\"");
  b.expect("kiosk.toml", 1, {"'title' (en) has U+009B (a C1 control character)"});
  b.expect_nothing_written();
}

TEST_CASE("the bundled content builds with the bundled fonts without a character refused") {
  const test::TempDir dir;
  const test::Run run = test::kiosk_db({"build", test::bundled_content_dir(), "-o",
                                        dir.file("content.db"), "--fonts", bundled_fonts(), "-q"});
  CHECK_MESSAGE(run.code == 0, run.err);
  CHECK(std::filesystem::exists(dir.file("content.db")));
}
