// kiosk-db extract: candidate facts from plain-text documents, for a curator to review.
//
// Nothing here decides what is true: every candidate carries its document, offset and
// sentence so a person can check it, and nothing is published without them.
#pragma once

#include <string>
#include <vector>

#include "authoring/extract/candidate.hpp"

namespace kiosk::extract {

// Every candidate in the document `name` with UTF-8 `text` (typographic or straight quotes),
// in order of appearance: direct quotations with speakers, reported speech, dates, numbers
// with units, people with their titles, places.
std::vector<Candidate> extract(const std::string& name, const std::string& text);

}  // namespace kiosk::extract
