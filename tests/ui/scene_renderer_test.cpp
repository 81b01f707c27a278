// Drawing scenes: the pressed look of a button under a finger; the longest card drawn the same
// within a small GPU's largest texture.
#include "ui/scene_renderer.hpp"

#include <doctest/doctest.h>

#include <cstring>

#include "ui/software_renderer.hpp"

#include "core/screens/screens.hpp"
#include "ui/fonts.hpp"
#include "ui/ui_support.hpp"

using namespace kiosk;

namespace {

using test::Software;

constexpr Rect kButton{300, 200, 200, 60};

Scene one_button(Colour fill) {
  Scene s;
  s.size = {800, 480};
  Widget page;
  page.rect = {0, 0, 800, 480};
  page.colour = Colour::Background;
  Widget button;
  button.kind = WidgetKind::Button;
  button.rect = kButton;
  button.colour = fill;
  button.radius = 12;
  button.input = {Command::NextCard, 0};
  s.widgets = {page, button};
  return s;
}

// The card of `library` with the most text: the one whose lines are the longest to draw.
int longest_card(const ContentLibrary& library) {
  int longest = 0;
  std::size_t most = 0;
  for (int i = 0; i < library.card_count(); ++i) {
    const std::optional<Card> card = library.card(i);
    REQUIRE(card.has_value());
    const std::size_t length =
        card->title.size() + card->body.size() + (card->quote ? card->quote->words.size() : 0);
    if (length > most) {
      most = length;
      longest = i;
    }
  }
  return longest;
}

// Every page of card `card` at `size`, drawn by a software renderer into memory with textures
// no larger than `limit` (0: none). Returns the pixels of each page, and the largest texture.
struct Drawn {
  std::vector<std::vector<Uint8>> pages;
  Size largest;
};
Drawn draw_card(const ContentLibrary& library, int card, Size size, Size limit) {
  const ui::SurfacePtr target(
      SDL_CreateRGBSurfaceWithFormat(0, size.w, size.h, 32, SDL_PIXELFORMAT_RGBA32));
  const ui::RendererPtr renderer(SDL_CreateSoftwareRenderer(target.get()));
  REQUIRE(renderer);
  const ui::FontSet fonts(ui::find_fonts(""), Metrics(size));
  ui::TextCache text(renderer.get(), fonts, 100'000'000, limit);
  ui::SceneRenderer drawer(renderer.get(), text);
  VisitState state = start_visit(0, Random(1));
  state.screen = Screen::Cards;
  state.card = card;
  Drawn drawn;
  for (state.page = 0;; ++state.page) {
    const Scene scene = build_scene({state, &library, 0, 5, {}}, size, fonts);
    text.begin_frame();
    drawer.draw(scene);
    SDL_RenderFlush(renderer.get());
    const auto* bytes = static_cast<const Uint8*>(target->pixels);
    drawn.pages.emplace_back(bytes, bytes + static_cast<std::ptrdiff_t>(target->pitch) * size.h);
    if (state.page + 1 >= scene.page_count) break;
  }
  drawn.largest = text.largest();
  return drawn;
}

}  // namespace

TEST_CASE("the longest card is drawn the same with textures no larger than 2048 or 1024 px") {
  REQUIRE(TTF_Init() == 0);
  const std::unique_ptr<ContentLibrary> library = test::open_bundled();
  REQUIRE(library);
  const int card = longest_card(*library);
  for (const Size size : {Size{1920, 1080}, Size{720, 1280}}) {
    CAPTURE(size.w);
    CAPTURE(size.h);
    const Drawn whole = draw_card(*library, card, size, {});
    for (const int limit : {2048, 1024}) {
      CAPTURE(limit);
      const Drawn limited = draw_card(*library, card, size, {limit, limit});
      CHECK(limited.largest.w <= limit);
      CHECK(limited.largest.h <= limit);
      REQUIRE(limited.pages.size() == whole.pages.size());
      for (std::size_t page = 0; page < whole.pages.size(); ++page) {
        CAPTURE(page);
        CHECK(limited.pages[page] == whole.pages[page]);
      }
    }
    // At 1920x1080 the card has lines wider than 1024 px: the limit was needed, and kept.
    if (size.w == 1920) CHECK(whole.largest.w > 1024);
  }
  TTF_Quit();
}

TEST_CASE("a pressed button is drawn pushed in, in the next fill of the palette") {
  Software sw;
  const ui::FontSet fonts(ui::find_fonts(""), Metrics({800, 480}));
  ui::TextCache text(sw.renderer.get(), fonts, 1'000'000);
  ui::SceneRenderer renderer(sw.renderer.get(), text);
  const Point centre = kButton.centre();
  const Point edge{kButton.centre().x, kButton.y + 1};

  renderer.draw(one_button(Colour::Raised));
  CHECK(sw.at(centre) == rgba(Colour::Raised, Contrast::Standard));
  CHECK(sw.at(edge) == rgba(Colour::Raised, Contrast::Standard));

  renderer.draw(one_button(Colour::Raised), 0, kButton);
  CHECK(sw.at(centre) == rgba(Colour::RaisedStrong, Contrast::Standard));
  CHECK(sw.at(edge) ==
        rgba(Colour::Background, Contrast::Standard));  // inset: the page shows round it

  renderer.draw(one_button(Colour::RaisedStrong), 0, kButton);
  CHECK(sw.at(centre) ==
        rgba(Colour::Raised, Contrast::Standard));  // the brightest fill goes a step back

  renderer.draw(one_button(Colour::Raised), 0, Rect{0, 0, 10, 10});  // another rectangle
  CHECK(sw.at(centre) == rgba(Colour::Raised, Contrast::Standard));
}
