// The quiz engine: drawing a round of questions, answering, scoring.
//
// A Round is a plain value: copy it, compare it, replay it from the same seed. So is the
// QuizMemory a visit keeps across its rounds (what was asked, how true/false answers fell).
#pragma once

#include <optional>
#include <set>
#include <vector>

#include "core/content.hpp"
#include "core/random.hpp"

namespace kiosk {

inline constexpr int kChoicesShown = 4;
inline constexpr int kTrueFalseChoices = 2;

struct RoundItem {
  int index = -1;             // the question's index in the library (-1: not from one)
  Question question;          // as stored (its `choices` is the whole pool)
  std::vector<Choice> shown;  // what the visitor is offered, in screen order
  std::optional<int> chosen;  // index into `shown` once answered
  bool starts_over = false;   // every question had been asked: the bank starts over here
  friend bool operator==(const RoundItem&, const RoundItem&) = default;
};

struct Round {
  std::vector<RoundItem> items;
  int current = 0;
  friend bool operator==(const Round&, const Round&) = default;
};

// What one visit remembers of the questions put to it. Empty at the start of a visit.
struct QuizMemory {
  std::set<int> asked;       // library indices asked since the bank last started over
  int true_statements = 0;   // true/false questions asked whose answer is True
  int false_statements = 0;  // true/false questions asked whose answer is False
  friend bool operator==(const QuizMemory&, const QuizMemory&) = default;
};

enum class AnswerOutcome { Correct, Wrong, AlreadyAnswered, NoSuchChoice };
enum class AdvanceOutcome { NextQuestion, RoundFinished };

// The choices shown for `question`: the correct one and up to three wrong ones drawn from the
// pool, shuffled; true-or-false questions keep their two choices in stored order (True first).
std::vector<Choice> draw_choices(const Question& question, Random& random);

// A round of up to `length` questions drawn from the whole library for a visit that has asked
// what `memory` holds. How questions are chosen, in order of precedence:
// - questions not yet asked come first; when they cannot fill the round, the rest is drawn
//   from those asked before, and the first of these is marked `starts_over`;
// - never two questions on one topic (the same fact or quote) in a round;
// - true/false statements keep the visit's count of True and False answers within one;
// - the first question is the easiest among the candidates; after it, no two of a kind in a
//   row, and kinds used less in the round before others.
// Questions that cannot be read or have no single correct answer are skipped. nullopt when
// none is usable. Large libraries are sampled, never read whole.
std::optional<Round> start_round(const ContentLibrary& library, int length, Random& random,
                                 const QuizMemory& memory);
// The same for a visit that has asked nothing yet.
std::optional<Round> start_round(const ContentLibrary& library, int length, Random& random);

// A round of up to `length` questions resting on card `card` only, chosen and ordered as
// above (questions asked before come after those not yet asked). nullopt when the card has
// no usable question.
std::optional<Round> start_card_round(const ContentLibrary& library, int card, int length,
                                      Random& random, const QuizMemory& memory);

// A round of exactly the questions missed in `finished` (answered wrongly or not at all),
// reordered (the easiest first, kinds mixed) with their choices drawn afresh. nullopt when
// nothing was missed.
std::optional<Round> start_missed_round(const Round& finished, Random& random,
                                        const QuizMemory& memory);

// Records that `item` was put in front of the visitor: it counts as asked (after forgetting
// the questions asked before when it `starts_over`), and a true/false statement counts
// towards the True/False balance.
void note_asked(QuizMemory& memory, const RoundItem& item);

// A true/false question whose answer is True (its first choice, "True", is the correct one).
bool is_true_statement(const Question& question);

// Records the visitor's choice for the current question.
AnswerOutcome answer(Round& round, int choice);

// Moves on after an answered question.
AdvanceOutcome advance(Round& round);

// Index of the correct choice among `item.shown` (there is exactly one).
int correct_choice(const RoundItem& item);

int score(const Round& round);
// Not answered correctly: answered wrongly, or never answered.
bool is_missed(const RoundItem& item);
int missed_count(const Round& round);
const RoundItem& current_item(const Round& round);

}  // namespace kiosk
