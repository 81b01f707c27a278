// One finger from down to up: presses, slides off and back, drags, snaps and flings.
#include "core/gesture.hpp"

#include <doctest/doctest.h>

using namespace kiosk;

namespace {

const Metrics kPanel({800, 480});
constexpr Rect kButton{600, 400, 180, 60};
constexpr Input kNext{Command::NextCard, 0};

// An 800x480 screen with one button; `pages` gives it the neighbours a card in the middle has.
Scene screen(bool first_card = false, bool last_card = false, bool pages = true) {
  Scene s;
  s.size = {800, 480};
  Widget b;
  b.kind = WidgetKind::Button;
  b.rect = kButton;
  b.input = kNext;
  s.widgets.push_back(b);
  if (pages && !last_card) s.on_next = kNext;
  if (pages && !first_card) s.on_previous = {Command::PreviousCard, 0};
  return s;
}

// A finger that goes down at `from` at time 0 and moves to `to` in steps of 10 ms over `ms`.
Touch drag(const Scene& scene, Point from, Point to, Millis ms) {
  Touch t(scene, from, 0, kPanel);
  for (Millis at = 10; at <= ms; at += 10) {
    t.move({from.x + int((to.x - from.x) * at / ms), from.y + int((to.y - from.y) * at / ms)}, at);
  }
  return t;
}

}  // namespace

TEST_CASE("a button is pressed the moment a finger goes down on it, and a release there taps it") {
  Touch t(screen(), kButton.centre(), 0, kPanel);
  CHECK(t.shown().kind == TouchKind::Pressed);
  CHECK(t.pressed() == kButton);
  CHECK(t.up(kButton.centre(), 90) == TouchOutcome{TouchKind::Tap, 0, kNext});
  CHECK_FALSE(t.pressed());
}

TEST_CASE("a finger down off every button presses nothing and its release does nothing") {
  Touch t(screen(), {100, 100}, 0, kPanel);
  CHECK(t.shown().kind == TouchKind::None);
  CHECK_FALSE(t.pressed());
  CHECK(t.up({103, 102}, 80).kind == TouchKind::None);
}

TEST_CASE("a tap that wobbles 8 px is still a tap, even on a page that drags") {
  Touch t(screen(), kButton.centre(), 0, kPanel);
  CHECK(t.move({kButton.centre().x + 8, kButton.centre().y + 3}, 30).kind == TouchKind::Pressed);
  CHECK(t.move({kButton.centre().x - 8, kButton.centre().y}, 60).kind == TouchKind::Pressed);
  CHECK(t.up({kButton.centre().x - 8, kButton.centre().y}, 90).kind == TouchKind::Tap);
}

TEST_CASE("sliding off a button lets it go; lifting off it does nothing") {
  Touch t(screen(false, false, false), kButton.centre(), 0, kPanel);
  CHECK(t.move({kButton.centre().x, kButton.y - 40}, 50).kind == TouchKind::SlidOff);
  CHECK_FALSE(t.pressed());
  CHECK(t.up({kButton.centre().x, kButton.y - 40}, 100).kind == TouchKind::Cancelled);
}

TEST_CASE("a finger 12 px off a button and back before lifting still presses it") {
  // Decided: as on a phone, the press follows the finger back onto its button. Within the slop
  // of the edge it never left; 12 px out it has.
  Touch t(screen(false, false, false), {kButton.centre().x, kButton.y + 5}, 0, kPanel);
  CHECK(t.move({kButton.centre().x, kButton.y - 8}, 40).kind == TouchKind::Pressed);
  CHECK(t.move({kButton.centre().x, kButton.y - 17}, 80).kind == TouchKind::SlidOff);
  CHECK(t.move({kButton.centre().x, kButton.y + 5}, 120).kind == TouchKind::Pressed);
  CHECK(t.up({kButton.centre().x, kButton.y + 5}, 150).kind == TouchKind::Tap);
}

TEST_CASE("on a page that drags, 12 px sideways is a drag: the press is over and stays over") {
  Touch t(screen(), kButton.centre(), 0, kPanel);
  const TouchOutcome moved = t.move({kButton.centre().x - 12, kButton.centre().y}, 40);
  CHECK(moved == TouchOutcome{TouchKind::Dragging, -12, {}});
  CHECK_FALSE(t.pressed());
  t.move(kButton.centre(), 200);
  CHECK_FALSE(t.pressed());
  CHECK(t.up(kButton.centre(), 400).kind == TouchKind::SnapBack);
}

TEST_CASE("on a screen that does not page, a sideways move keeps the press") {
  Touch t(screen(false, false, false), {kButton.x + 20, kButton.centre().y}, 0, kPanel);
  CHECK(t.move({kButton.x + 120, kButton.centre().y}, 100).kind == TouchKind::Pressed);
  CHECK(t.up({kButton.x + 120, kButton.centre().y}, 150).kind == TouchKind::Tap);
}

TEST_CASE("a mostly vertical move does not drag the page") {
  Touch t(screen(), {400, 100}, 0, kPanel);
  CHECK(t.move({385, 200}, 100).kind == TouchKind::None);
  CHECK(t.up({385, 200}, 200).kind == TouchKind::None);
}

TEST_CASE("the page follows the finger while it drags") {
  Touch t = drag(screen(), {600, 200}, {450, 210}, 150);
  CHECK(t.shown() == TouchOutcome{TouchKind::Dragging, -150, {}});
  t.move({700, 200}, 200);
  CHECK(t.shown() == TouchOutcome{TouchKind::Dragging, 100, {}});
}

TEST_CASE("a drag past a third of the width goes to the next card") {
  Touch t = drag(screen(), {700, 200}, {400, 200}, 1000);
  t.move({400, 200}, 1100);  // and held there: no fling
  CHECK(t.up({400, 200}, 1200) == TouchOutcome{TouchKind::SnapNext, -300, {}});
}

TEST_CASE("a drag past a third of the width to the right goes to the previous card") {
  Touch t = drag(screen(), {100, 200}, {400, 200}, 1000);
  CHECK(t.up({400, 200}, 1200).kind == TouchKind::SnapPrevious);
}

TEST_CASE("a short slow drag goes back") {
  Touch t = drag(screen(), {500, 200}, {400, 200}, 500);  // 0.2 px/ms
  CHECK(t.up({400, 200}, 510) == TouchOutcome{TouchKind::SnapBack, -100, {}});
}

TEST_CASE("a short fast flick goes to the next card") {
  Touch t = drag(screen(), {500, 200}, {440, 200}, 60);  // 1 px/ms
  CHECK(t.up({420, 200}, 70) == TouchOutcome{TouchKind::SnapNext, -80, {}});
}

TEST_CASE("a flick that started slowly counts by its last moments") {
  Touch t = drag(screen(), {500, 200}, {480, 200}, 400);
  for (Millis at = 410; at <= 460; at += 10) t.move({480 - int(at - 400), 200}, at);
  CHECK(t.up({420, 200}, 470).kind == TouchKind::SnapNext);
}

TEST_CASE("dragging the first card to the right is resisted and it goes back, flicked or not") {
  Touch t = drag(screen(true), {100, 200}, {500, 200}, 200);  // 2 px/ms
  CHECK(t.shown().kind == TouchKind::Dragging);
  CHECK(t.shown().offset > 0);
  CHECK(t.shown().offset < 400 / 2);
  CHECK(t.up({500, 200}, 210).kind == TouchKind::SnapBack);
}

TEST_CASE("dragging the last card to the left is resisted and it goes back") {
  Touch t = drag(screen(false, true), {700, 200}, {300, 200}, 800);
  CHECK(t.shown().offset > -400 / 2);
  CHECK(t.up({300, 200}, 900).kind == TouchKind::SnapBack);
}

TEST_CASE("a drag over a button never taps it") {
  Touch t = drag(screen(), {kButton.centre().x - 200, 420}, kButton.centre(), 300);
  CHECK(t.up(kButton.centre(), 700).kind == TouchKind::SnapBack);
}

TEST_CASE("a button that sends nothing is not pressed, and hides what is under it") {
  Scene s = screen();
  Widget cover;
  cover.kind = WidgetKind::Button;
  cover.rect = kButton;
  s.widgets.push_back(cover);
  Touch t(s, kButton.centre(), 0, kPanel);
  CHECK_FALSE(t.pressed());
  CHECK(t.up(kButton.centre(), 50).kind == TouchKind::None);
}

TEST_CASE("the slop scales with the screen") {
  const Metrics big({1920, 1080});
  Scene s = screen();
  s.size = {1920, 1080};
  Touch t(s, {900, 500}, 0, big);
  CHECK(t.move({880, 500}, 30).kind == TouchKind::None);  // 20 px is a wobble at 1080p
  CHECK(t.move({870, 500}, 60).kind == TouchKind::Dragging);
}
