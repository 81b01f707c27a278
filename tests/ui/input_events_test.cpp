// Touch and mouse events become one press, moves and one release.
#include "ui/input_events.hpp"

#include <doctest/doctest.h>

using namespace kiosk;

TEST_CASE("a finger is placed by its fraction of the window") {
  SDL_Event e{};
  e.type = SDL_FINGERDOWN;
  e.tfinger.x = 0.5F;
  e.tfinger.y = 0.25F;
  const auto p = ui::pointer_event(e, {800, 480});
  REQUIRE(p);
  CHECK(*p == ui::PointerEvent{ui::PointerAction::Press, {400, 120}});
}

TEST_CASE("mouse events synthesised from a touch are dropped so a tap counts once") {
  SDL_Event e{};
  e.type = SDL_MOUSEBUTTONDOWN;
  e.button.which = SDL_TOUCH_MOUSEID;
  e.button.button = SDL_BUTTON_LEFT;
  CHECK_FALSE(ui::pointer_event(e, {800, 480}));
  e.button.which = 0;
  e.button.x = 10;
  e.button.y = 20;
  CHECK(ui::pointer_event(e, {800, 480}) == ui::PointerEvent{ui::PointerAction::Press, {10, 20}});
}

TEST_CASE("only the left mouse button presses") {
  SDL_Event e{};
  e.type = SDL_MOUSEBUTTONUP;
  e.button.button = SDL_BUTTON_RIGHT;
  CHECK_FALSE(ui::pointer_event(e, {800, 480}));
}

TEST_CASE("a finger moving, or the mouse moving with its left button down, is a move") {
  SDL_Event e{};
  e.type = SDL_FINGERMOTION;
  e.tfinger.x = 0.25F;
  e.tfinger.y = 0.5F;
  CHECK(ui::pointer_event(e, {800, 480}) == ui::PointerEvent{ui::PointerAction::Move, {200, 240}});
  e = SDL_Event{};
  e.type = SDL_MOUSEMOTION;
  e.motion.x = 30;
  e.motion.y = 40;
  CHECK_FALSE(ui::pointer_event(e, {800, 480}));  // hovering is not touching
  e.motion.state = SDL_BUTTON_LMASK;
  CHECK(ui::pointer_event(e, {800, 480}) == ui::PointerEvent{ui::PointerAction::Move, {30, 40}});
  e.motion.which = SDL_TOUCH_MOUSEID;
  CHECK_FALSE(ui::pointer_event(e, {800, 480}));
}
