// Keeping the question bank balanced: no one person the answer to too many questions.
#pragma once

#include "authoring/diagnostics.hpp"
#include "core/model.hpp"

namespace kiosk::authoring {

// No person is the right answer of more than this share (per cent) of the bank...
inline constexpr int kMaxPersonShare = 15;
// ...nor the speaker of more than this share of the "who said this?" questions...
inline constexpr int kMaxSpeakerShare = 40;
// ...except that a bank too small for the shares to mean anything keeps this many each.
inline constexpr int kMinPerPerson = 3;

// Leaves out questions until no person is the right answer of more than kMaxPersonShare % of
// the questions and no speaker of more than kMaxSpeakerShare % of the "who said" questions.
// "Who said" questions go first, then the hardest; each one left out is reported as a note at
// the line of its fact or quote.
void balance_bank(model::Content& content, Diagnostics& out);

}  // namespace kiosk::authoring
