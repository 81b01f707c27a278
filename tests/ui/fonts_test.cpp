// Fonts: measuring text, and the remembered widths kept within their budget.
#include "ui/fonts.hpp"

#include <string>

#include <doctest/doctest.h>

#include "ui/software_renderer.hpp"

using namespace kiosk;

namespace {

// A different text for each n, as long as a line of a card.
std::string line_of_text(int n) {
  return "Line " + std::to_string(n) + " of a briefing card that a visitor reads";
}

}  // namespace

TEST_CASE("the remembered text widths stay within their budget over months of texts") {
  const test::Software sw;  // SDL and SDL_ttf started
  const ui::FontSet fonts(ui::find_fonts(""), Metrics({800, 480}));
  const int first = fonts.width(FontRole::Body, line_of_text(0));
  std::size_t most = 0;
  for (int n = 1; n < 50'000; ++n) {
    fonts.width(n % 2 == 0 ? FontRole::Body : FontRole::Small, line_of_text(n));
    most = std::max(most, fonts.width_cache_bytes());
  }
  CHECK(most <= ui::FontSet::kWidthCacheBytes);
  CHECK(most > ui::FontSet::kWidthCacheBytes / 2);  // it does remember, up to the budget
  // A text forgotten along the way is measured again, the same.
  CHECK(fonts.width(FontRole::Body, line_of_text(0)) == first);
}

TEST_CASE("a text measured again is remembered, not counted twice") {
  const test::Software sw;
  const ui::FontSet fonts(ui::find_fonts(""), Metrics({800, 480}));
  const int w = fonts.width(FontRole::Title, "Лукашенко");
  const std::size_t after_one = fonts.width_cache_bytes();
  CHECK(fonts.width(FontRole::Title, "Лукашенко") == w);
  CHECK(fonts.width_cache_bytes() == after_one);
  CHECK(after_one == ui::FontSet::width_cache_cost("Лукашенко"));
}
