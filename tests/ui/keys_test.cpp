// Key combinations as text.
#include "ui/keys.hpp"

#include <doctest/doctest.h>

using namespace kiosk;

TEST_CASE("key combinations are read from text") {
  const auto q = ui::parse_key_combination("ctrl+alt+q");
  REQUIRE(q);
  CHECK(q->key == SDLK_q);
  CHECK(q->modifiers == (KMOD_LCTRL | KMOD_LALT));
  CHECK(ui::parse_key_combination("Escape")->key == SDLK_ESCAPE);
  CHECK_FALSE(ui::parse_key_combination("ctrl+nokey"));
  CHECK_FALSE(ui::parse_key_combination("super+q"));
}

TEST_CASE("either Ctrl and either Alt key will do, and extra modifiers will not") {
  const auto q = *ui::parse_key_combination("ctrl+alt+q");
  SDL_Keysym k{};
  k.sym = SDLK_q;
  k.mod = KMOD_RCTRL | KMOD_LALT;
  CHECK(ui::matches(q, k));
  k.mod = KMOD_LCTRL;
  CHECK_FALSE(ui::matches(q, k));
  k.mod = KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT;
  CHECK_FALSE(ui::matches(q, k));
}
