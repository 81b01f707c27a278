// The curator's review sheet: every card and every question resting on it, as printable HTML.
#pragma once

#include <string>
#include <string_view>

#include "authoring/evidence_lines.hpp"
#include "authoring/review.hpp"
#include "core/model.hpp"

namespace kiosk::authoring {

// A whole HTML page, plain (no script, no outside file), one card a printed page: the card
// (title, date, place, text, quotes), then each question resting on it with its prompt, the
// correct answer, the whole pool of wrong ones, the explanation, its sources with the evidence
// words and the lines of the documents that hold them (from `documents`, where at hand), its
// review state under `reviews` and its fingerprint. Questions on no card come last. Every
// piece of content is escaped.
std::string review_sheet_html(const model::Content& content, const ReviewBook& reviews,
                              DocumentShelf& documents);

// `text` safe inside HTML text and attribute values: & < > " ' as character references,
// invalid UTF-8 replaced, control characters other than tab and newline dropped.
std::string html_escape(std::string_view text);

}  // namespace kiosk::authoring
