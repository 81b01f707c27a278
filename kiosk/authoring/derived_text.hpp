// The texts of facts, sources and cards that the builder makes rather than a curator writes,
// in every language they can be made whole in.
#pragma once

#include "authoring/diagnostics.hpp"
#include "authoring/translation_gaps.hpp"
#include "core/model.hpp"

namespace kiosk::authoring {

// Fills each fact's sentence and shown value, each source's credit line (label), each card's
// date label, timeline date and "sources differ" notes (facts' disputes must be derived), per
// language. A language a text cannot be made whole in is left out of it (the kiosk shows the
// default language's instead) and recorded in `gaps`; for the default language that is an
// error at the item.
void derive_texts(model::Content& content, TranslationGaps& gaps, Diagnostics& out);

}  // namespace kiosk::authoring
