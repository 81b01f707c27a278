// Which changes of screen slide, and which way.
#pragma once

#include "core/visit.hpp"

namespace kiosk {

// +1: the new screen comes in from the right (onward); -1: from the left (back); 0: no slide.
// Feedback appears at once after an answer (a tap must show its result within a frame), and
// so do the unavailable screen and a reset to attract after an idle visit.
int slide_direction(Screen from, int from_card, int from_page, Screen to, int to_card, int to_page);

}  // namespace kiosk
