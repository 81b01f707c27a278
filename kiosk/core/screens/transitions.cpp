// The slide rules.
#include "core/screens/transitions.hpp"

namespace kiosk {
namespace {

// How deep a screen is in a visit: going deeper slides onward, going up slides back.
int depth(Screen s) {
  switch (s) {
    case Screen::Attract: return 0;
    case Screen::Home: return 1;
    case Screen::Timeline: return 2;
    case Screen::Cards:
    case Screen::Question:
    case Screen::Feedback: return 3;
    case Screen::Results: return 4;
    case Screen::Unavailable: return -1;
  }
  return -1;
}

}  // namespace

int slide_direction(Screen from, int from_card, int from_page, Screen to, int to_card,
                    int to_page) {
  if (to == Screen::Unavailable || from == Screen::Unavailable) return 0;
  // Back from reading the card slides back; an answer's feedback appears at once.
  if (to == Screen::Feedback) return from == Screen::Cards ? -1 : 0;
  if (from == to) {
    const bool slides = to == Screen::Cards || to == Screen::Timeline;
    if (slides && (to_card != from_card || to_page != from_page)) {
      return to_card > from_card || (to_card == from_card && to_page > from_page) ? 1 : -1;
    }
    return 0;
  }
  if (from == Screen::Feedback) return to == Screen::Home ? -1 : 1;  // next question, results, card
  if (to == Screen::Question) return 1;  // a new round, from home, a card or the results
  return depth(to) > depth(from) ? 1 : -1;
}

}  // namespace kiosk
