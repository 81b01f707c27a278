// Numbers with their units, and places.
#pragma once

#include <vector>

#include "authoring/extract/candidate.hpp"
#include "authoring/extract/document.hpp"

namespace kiosk::extract {

// "about four hours", "25 centimetres", "two-week", "three rounds", "over a hundred states",
// "the 50th anniversary": value in digits, unit, and "about"/"over" kept in the note.
std::vector<Candidate> find_numbers(const Document& doc);

// Capitalised names after "in", "to", "from", "near", "at" ("in Star City", "to Minsk", "in the
// Kremlin"), once each, leaving out months, weekdays and words that name no place.
std::vector<Candidate> find_places(const Document& doc);

}  // namespace kiosk::extract
