// The text texture cache: within budget across frames, never evicting within one.
#include "ui/text_cache.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "ui/software_renderer.hpp"

#include "core/theme.hpp"

using namespace kiosk;

namespace {

using test::Software;

}  // namespace

TEST_CASE("text is rendered once and then reused") {
  Software sw;
  const ui::FontSet fonts(ui::find_fonts(""), Metrics({800, 480}));
  ui::TextCache cache(sw.renderer.get(), fonts, 10'000'000);
  cache.begin_frame();
  const ui::CachedText* a =
      cache.get(FontRole::Body, rgba(Colour::Text, Contrast::Standard), "Hello, Лукашенко");
  REQUIRE(a != nullptr);
  CHECK(a->w > 0);
  CHECK(cache.get(FontRole::Body, rgba(Colour::Text, Contrast::Standard), "Hello, Лукашенко") == a);
  CHECK(cache.renders() == 1);
  cache.get(FontRole::Body, rgba(Colour::Accent, Contrast::Standard),
            "Hello, Лукашенко");  // another colour: another texture
  CHECK(cache.renders() == 2);
}

TEST_CASE("across frames the cache stays within its budget") {
  Software sw;
  const ui::FontSet fonts(ui::find_fonts(""), Metrics({800, 480}));
  ui::TextCache cache(sw.renderer.get(), fonts, 200'000);
  for (int i = 0; i < 100; ++i) {
    cache.begin_frame();
    cache.get(FontRole::Body, rgba(Colour::Text, Contrast::Standard),
              "Line number " + std::to_string(i) + " of a long text");
  }
  CHECK(cache.bytes() <= 200'000);
}

TEST_CASE("a frame never evicts what it has drawn, even over budget") {
  Software sw;
  const ui::FontSet fonts(ui::find_fonts(""), Metrics({800, 480}));
  ui::TextCache cache(sw.renderer.get(), fonts, 50'000);
  cache.begin_frame();
  std::vector<const ui::CachedText*> drawn;
  for (int i = 0; i < 20; ++i)
    drawn.push_back(cache.get(FontRole::Body, rgba(Colour::Text, Contrast::Standard),
                              "Visible line " + std::to_string(i)));
  CHECK(cache.bytes() > 50'000);  // over budget for this frame
  for (int i = 0; i < 20; ++i)
    CHECK(cache.get(FontRole::Body, rgba(Colour::Text, Contrast::Standard),
                    "Visible line " + std::to_string(i)) == drawn[static_cast<std::size_t>(i)]);
  CHECK(cache.renders() == 20);  // nothing rendered twice
  cache.begin_frame();
  cache.get(FontRole::Body, rgba(Colour::Text, Contrast::Standard), "Next frame");
  CHECK(cache.bytes() <= 50'000 + 20'000);  // the old frame's text is let go
}

TEST_CASE("a line wider than the renderer's largest texture is made of textures within it") {
  Software sw;
  const ui::FontSet fonts(ui::find_fonts(""), Metrics({800, 480}));
  const Size limit{256, 16};  // a small GPU: the line's height is over it too
  ui::TextCache cache(sw.renderer.get(), fonts, 10'000'000, limit);
  cache.begin_frame();
  const std::string line = "A line of text far wider than the largest texture this renderer takes";
  const ui::CachedText* text =
      cache.get(FontRole::Body, rgba(Colour::Text, Contrast::Standard), line);
  REQUIRE(text != nullptr);
  REQUIRE(text->w > 2 * limit.w);
  REQUIRE(text->h > limit.h);
  long covered = 0;
  for (const ui::TextPiece& piece : text->pieces) {
    CHECK(piece.at.w <= limit.w);
    CHECK(piece.at.h <= limit.h);
    int w = 0;
    int h = 0;
    REQUIRE(SDL_QueryTexture(piece.texture.get(), nullptr, nullptr, &w, &h) == 0);
    CHECK(w == piece.at.w);
    CHECK(h == piece.at.h);
    covered += static_cast<long>(w) * h;
  }
  CHECK(covered == static_cast<long>(text->w) * text->h);  // every pixel, once
  CHECK(cache.largest().w <= limit.w);
  CHECK(cache.largest().h <= limit.h);
}

TEST_CASE("with no limit a line is one texture") {
  Software sw;
  const ui::FontSet fonts(ui::find_fonts(""), Metrics({800, 480}));
  ui::TextCache cache(sw.renderer.get(), fonts, 10'000'000);
  cache.begin_frame();
  const ui::CachedText* text =
      cache.get(FontRole::Body, rgba(Colour::Text, Contrast::Standard), "One line, one texture");
  REQUIRE(text != nullptr);
  CHECK(text->pieces.size() == 1);
  CHECK(cache.largest() == Size{text->w, text->h});
}
