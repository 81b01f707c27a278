// Keyboard navigation over scenes.
#include "core/keyboard.hpp"

#include <doctest/doctest.h>

using namespace kiosk;

namespace {

Scene scene_with_buttons(Screen screen, int count) {
  Scene scene;
  scene.screen = screen;
  for (int i = 0; i < count; ++i) {
    Widget w;
    w.kind = WidgetKind::Button;
    w.input = {Command::Choose, i};
    scene.widgets.push_back(w);
  }
  return scene;
}

}  // namespace

TEST_CASE("any key but Escape begins on the attract screen") {
  const Scene s = scene_with_buttons(Screen::Attract, 1);
  CHECK(respond_to_key(s, -1, Key::Space).input == Input{Command::Begin, 0});
  CHECK(respond_to_key(s, -1, Key::Other).input == Input{Command::Begin, 0});
  CHECK_FALSE(respond_to_key(s, -1, Key::Escape).input);
}

TEST_CASE("arrows move the focus, wrapping, and Enter presses the focused button") {
  const Scene s = scene_with_buttons(Screen::Question, 4);
  CHECK(respond_to_key(s, -1, Key::Down).focus == 0);
  CHECK(respond_to_key(s, 3, Key::Right).focus == 0);
  CHECK(respond_to_key(s, 0, Key::Up).focus == 3);
  CHECK(respond_to_key(s, 2, Key::Enter).input == Input{Command::Choose, 2});
}

TEST_CASE("digits answer a question directly") {
  const Scene s = scene_with_buttons(Screen::Question, 4);
  CHECK(respond_to_key(s, -1, Key::Digit3).input == Input{Command::Choose, 2});
}

TEST_CASE("on screens with pages the side arrows turn them and Escape goes back") {
  Scene s = scene_with_buttons(Screen::Cards, 2);
  s.on_next = {Command::NextCard, 0};
  s.on_previous = {Command::PreviousCard, 0};
  s.on_back = {Command::Back, 0};
  CHECK(respond_to_key(s, -1, Key::Right).input == Input{Command::NextCard, 0});
  CHECK(respond_to_key(s, -1, Key::Left).input == Input{Command::PreviousCard, 0});
  CHECK(respond_to_key(s, -1, Key::Escape).input == Input{Command::Back, 0});
  CHECK(respond_to_key(s, -1, Key::Enter).input == Input{Command::NextCard, 0});
}
