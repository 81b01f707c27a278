// The text the database will hold, derived text included, checked against the database's own
// limits and against what the kiosk can draw before anything is written, each problem blamed
// on the source lines that made it.
#pragma once

#include "authoring/diagnostics.hpp"
#include "authoring/showable_text.hpp"
#include "core/model.hpp"

namespace kiosk::authoring {

// Reports, with file and line, every text that writing `content` would store and the database
// check would refuse (core/content_limits.hpp): too long, empty where text is needed, not
// UTF-8; and every question whose answers it would refuse. The text is what the writer stores:
// the derived texts (derive_texts) and questions in every language, or the default language's
// where a language has none, so a sentence filled from a relation's template, a credit line or
// a question is measured as the visitor would see it. A problem is an
// error at the item it belongs to (the fact a question tests, the source a credit line names)
// with a note at each other item whose words are in it (the relation whose template it fills,
// the card that shows it). Each text is also one the kiosk can show (`unshowable`, with `fonts`,
// which may be null: then control characters only), reported with the language it is in.
// Run after generate_questions; `content` must have passed validate.
void check_text_limits(const model::Content& content, const FontCoverage* fonts, Diagnostics& out);

}  // namespace kiosk::authoring
