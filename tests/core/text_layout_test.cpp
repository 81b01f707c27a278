// Line breaking with a fake measuring function: 10 px a character.
#include "core/text_layout.hpp"

#include <doctest/doctest.h>

#include "core/utf8.hpp"

using namespace kiosk;

namespace {

const MeasureText kTenPx = [](std::string_view s) {
  return 10 * static_cast<int>(utf8::count_code_points(s));
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("empty text gives no lines") { CHECK(break_lines("", 100, kTenPx).empty()); }

TEST_CASE("text that fits stays on one line") {
  CHECK(break_lines("Hello world", 110, kTenPx) == Lines{"Hello world"});
}

TEST_CASE("lines break at spaces and never exceed the width") {
  const Lines lines = break_lines("the quick brown fox jumps over the lazy dog", 100, kTenPx);
  CHECK(lines == Lines{"the quick", "brown fox", "jumps over", "the lazy", "dog"});
  for (const std::string& l : lines) CHECK(kTenPx(l) <= 100);
}

TEST_CASE("a word longer than the line is split between characters") {
  const Lines lines = break_lines("Supercalifragilistic", 50, kTenPx);
  CHECK(lines == Lines{"Super", "calif", "ragil", "istic"});
}

TEST_CASE("Cyrillic is measured and split by characters, not bytes") {
  const Lines lines = break_lines("Лукашенко встретился с Борисовым", 120, kTenPx);
  CHECK(lines == Lines{"Лукашенко", "встретился с", "Борисовым"});
  const Lines split = break_lines("Достопримечательность", 50, kTenPx);
  REQUIRE(split.size() == 5);
  CHECK(split[0] == "Досто");
  for (const std::string& l : split) CHECK(utf8::is_valid(l));
}

TEST_CASE("typographic quotes stay with their words and dashes allow a break") {
  const Lines lines =
      break_lines("He said \u201Cthis was baked this morning\u201D \u2014 then left", 140, kTenPx);
  for (const std::string& l : lines) CHECK(kTenPx(l) <= 140);
  CHECK(lines[0] == "He said \u201Cthis");
  CHECK(lines[2] == "morning\u201D \u2014");
}

TEST_CASE("a newline forces a break and a blank line is kept") {
  CHECK(break_lines("one\ntwo\n\nthree", 200, kTenPx) == Lines{"one", "two", "", "three"});
}

TEST_CASE("hyphenated words may break after the hyphen") {
  CHECK(break_lines("state-of-the-art", 90, kTenPx) == Lines{"state-of-", "the-art"});
}

TEST_CASE("invalid UTF-8 is drawn as replacement characters, never passed on") {
  const Lines lines = break_lines("ok \xFF\xFE bad", 1000, kTenPx);
  REQUIRE(lines.size() == 1);
  CHECK(utf8::is_valid(lines[0]));
  CHECK(lines[0] == "ok \uFFFD\uFFFD bad");
}

TEST_CASE("combining marks are never split from their letter") {
  const std::string zalgo = "e\u0301\u0302\u0303e\u0301\u0302\u0303e\u0301\u0302\u0303";
  const Lines lines = break_lines(zalgo, 10, kTenPx);  // 10 px: one glyph per line
  REQUIRE(lines.size() == 3);
  for (const std::string& l : lines) CHECK(l == "e\u0301\u0302\u0303");
}

TEST_CASE("a width smaller than one character still makes progress") {
  const Lines lines = break_lines("abc", 0, kTenPx);
  CHECK(lines == Lines{"a", "b", "c"});
}

TEST_CASE("hostile, very long text is cut with an ellipsis instead of stalling") {
  const std::string huge(kMaxLaidOutBytes * 4, 'x');
  const Lines lines = break_lines(huge, 10'000, kTenPx);
  REQUIRE_FALSE(lines.empty());
  CHECK(lines.back().ends_with("\u2026"));
}

TEST_CASE("flag emoji (regional indicators) are broken like a word, without crashing") {
  // libunibreak 1.1 aborts on these; the layout works around it.
  const std::string flags = "\U0001F1FA\U0001F1F8\U0001F1F7\U0001F1FA \U0001F1E6\U0001F1EB";
  const Lines lines = break_lines(flags, 40, kTenPx);
  CHECK(lines == Lines{"\U0001F1FA\U0001F1F8\U0001F1F7\U0001F1FA", "\U0001F1E6\U0001F1EB"});
}

TEST_CASE("line breaking follows the text's language: Russian may break after a closing »") {
  // In Russian « opens and » closes a quotation, so a line may end after »; in English both
  // are ambiguous quotation marks and the run is one word, split between characters.
  const std::string text = "слово«цитата»слово";
  CHECK(break_lines(text, 150, kTenPx, "ru") == Lines{"слово«цитата»", "слово"});
  CHECK(break_lines(text, 150, kTenPx, "en") == Lines{"слово«цитата»сл", "ово"});
}
