// Generating quiz questions from facts and quotes.
//
// Kinds: who, what, where (the subject or value is an entity of that kind), when (a date),
// how_many (a number), who_said (a quote), true_false (a fact's statement, or a false variant
// of it). Every question has one correct answer and a pool of at least three wrong ones of the
// same kind, none of them true and none another name of the right one. Disputed facts and
// quotes yield no question; claims are only ever asked about as "who said".
#pragma once

#include "authoring/diagnostics.hpp"
#include "authoring/translation_gaps.hpp"
#include "core/model.hpp"

namespace kiosk::authoring {

inline constexpr int kMinWrongAnswers = 3;
inline constexpr int kMaxWrongAnswers = 8;
// True-or-false statements are true at most this often (per cent), across the bank.
inline constexpr std::size_t kMaxTrueShare = 55;

// Replaces content.questions with questions generated from content's facts and quotes (whose
// status and texts must already be derived: derive_provenance, derive_texts). Facts that cannot
// make a fair question (too few wrong answers, a wholly inferred date) are reported as notes.
// Every question is in each language all of its texts can be made whole in, and only in those
// (the others, with what they lack, go to `gaps`); the default language must lack nothing.
void generate_questions(model::Content& content, TranslationGaps& gaps, Diagnostics& out);

// Names compared the way a visitor would: case, punctuation and spacing ignored.
std::string comparable_name(const std::string& name);

// Whether `text` names the entity: its name in any language or any case form, an alias, or the
// last word of one (a surname), as a whole word.
bool names_entity(const model::Entity& e, const std::string& text);

}  // namespace kiosk::authoring
