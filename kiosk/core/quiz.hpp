// The quiz engine: drawing a round of questions, answering, scoring.
//
// A Round is a plain value: copy it, compare it, replay it from the same seed.
#pragma once

#include <optional>
#include <vector>

#include "core/content.hpp"
#include "core/random.hpp"

namespace kiosk {

inline constexpr int kChoicesShown = 4;
inline constexpr int kTrueFalseChoices = 2;

struct RoundItem {
  Question question;           // as stored (its `choices` is the whole pool)
  std::vector<Choice> shown;   // what the visitor is offered, in screen order
  std::optional<int> chosen;   // index into `shown` once answered
  friend bool operator==(const RoundItem&, const RoundItem&) = default;
};

struct Round {
  std::vector<RoundItem> items;
  int current = 0;
  friend bool operator==(const Round&, const Round&) = default;
};

enum class AnswerOutcome { Correct, Wrong, AlreadyAnswered, NoSuchChoice };
enum class AdvanceOutcome { NextQuestion, RoundFinished };

// The choices shown for `question`: the correct one and up to three wrong ones drawn from the
// pool, shuffled; true-or-false questions keep their two choices in stored order (True first).
std::vector<Choice> draw_choices(const Question& question, Random& random);

// A round of up to `length` distinct questions drawn at random from `library`. Questions that
// cannot be read or have no single correct answer are skipped. nullopt when none is usable.
std::optional<Round> start_round(const ContentLibrary& library, int length, Random& random);

// Records the visitor's choice for the current question.
AnswerOutcome answer(Round& round, int choice);

// Moves on after an answered question.
AdvanceOutcome advance(Round& round);

// Index of the correct choice among `item.shown` (there is exactly one).
int correct_choice(const RoundItem& item);

int score(const Round& round);
bool is_answered(const RoundItem& item);
const RoundItem& current_item(const Round& round);

}  // namespace kiosk
