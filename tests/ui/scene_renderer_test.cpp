// Drawing scenes: the pressed look of a button under a finger.
#include "ui/scene_renderer.hpp"

#include <doctest/doctest.h>

#include "ui/software_renderer.hpp"

#include "ui/fonts.hpp"

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

}  // namespace

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
