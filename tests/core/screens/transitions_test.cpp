// Which way screens slide.
#include "core/screens/transitions.hpp"

#include <doctest/doctest.h>

using namespace kiosk;

TEST_CASE("going deeper slides onward, going back slides back") {
  CHECK(slide_direction(Screen::Attract, 0, 0, Screen::Home, 0, 0) == 1);
  CHECK(slide_direction(Screen::Home, 0, 0, Screen::Cards, 0, 0) == 1);
  CHECK(slide_direction(Screen::Cards, 3, 0, Screen::Home, 3, 0) == -1);
  CHECK(slide_direction(Screen::Home, 0, 0, Screen::Attract, 0, 0) == -1);
  CHECK(slide_direction(Screen::Feedback, 0, 0, Screen::Question, 0, 0) == 1);
  CHECK(slide_direction(Screen::Feedback, 0, 0, Screen::Results, 0, 0) == 1);
  CHECK(slide_direction(Screen::Results, 0, 0, Screen::Home, 0, 0) == -1);
}

TEST_CASE("cards and pages slide the way the visitor moves") {
  CHECK(slide_direction(Screen::Cards, 1, 0, Screen::Cards, 2, 0) == 1);
  CHECK(slide_direction(Screen::Cards, 2, 0, Screen::Cards, 1, 0) == -1);
  CHECK(slide_direction(Screen::Cards, 1, 0, Screen::Cards, 1, 1) == 1);
  CHECK(slide_direction(Screen::Cards, 1, 1, Screen::Cards, 1, 0) == -1);
  CHECK(slide_direction(Screen::Cards, 1, 0, Screen::Cards, 1, 0) == 0);
}

TEST_CASE("feedback and the unavailable screen appear at once") {
  CHECK(slide_direction(Screen::Question, 0, 0, Screen::Feedback, 0, 0) == 0);
  CHECK(slide_direction(Screen::Home, 0, 0, Screen::Unavailable, 0, 0) == 0);
  CHECK(slide_direction(Screen::Unavailable, 0, 0, Screen::Attract, 0, 0) == 0);
}

TEST_CASE("the timeline, the card it opens and the card read from feedback slide in and back") {
  CHECK(slide_direction(Screen::Home, 0, 0, Screen::Timeline, 0, 0) == 1);
  CHECK(slide_direction(Screen::Timeline, 0, 0, Screen::Cards, 4, 0) == 1);
  CHECK(slide_direction(Screen::Cards, 4, 0, Screen::Timeline, 4, 0) == -1);
  CHECK(slide_direction(Screen::Timeline, 0, 0, Screen::Home, 0, 0) == -1);
  CHECK(slide_direction(Screen::Timeline, 0, 0, Screen::Timeline, 0, 1) == 1);
  CHECK(slide_direction(Screen::Timeline, 0, 1, Screen::Timeline, 0, 0) == -1);
  CHECK(slide_direction(Screen::Feedback, 0, 0, Screen::Cards, 2, 0) == 1);
  CHECK(slide_direction(Screen::Cards, 2, 0, Screen::Feedback, 2, 0) == -1);
}

TEST_CASE("a new round comes in onward, from a card or from the results") {
  CHECK(slide_direction(Screen::Cards, 2, 0, Screen::Question, 2, 0) == 1);
  CHECK(slide_direction(Screen::Results, 0, 0, Screen::Question, 0, 0) == 1);
}
