// The slide rules.
#include "core/screens/transitions.hpp"

namespace kiosk {
namespace {

// How deep a screen is in a visit: going deeper slides onward, going up slides back.
int depth(Screen s) {
  switch (s) {
    case Screen::Attract: return 0;
    case Screen::Home: return 1;
    case Screen::Cards:
    case Screen::Question:
    case Screen::Feedback: return 2;
    case Screen::Results: return 3;
    case Screen::Unavailable: return -1;
  }
  return -1;
}

}  // namespace

int slide_direction(Screen from, int from_card, int from_page, Screen to, int to_card, int to_page) {
  if (to == Screen::Feedback || to == Screen::Unavailable || from == Screen::Unavailable) return 0;
  if (from == to) {
    if (to == Screen::Cards && (to_card != from_card || to_page != from_page)) {
      return to_card > from_card || (to_card == from_card && to_page > from_page) ? 1 : -1;
    }
    return 0;
  }
  if (from == Screen::Feedback) return to == Screen::Home ? -1 : 1;  // next question, results
  return depth(to) > depth(from) ? 1 : -1;
}

}  // namespace kiosk
