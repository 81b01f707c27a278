// Drawing rounds and choices; answering and scoring.
#include "core/quiz.hpp"

#include <algorithm>
#include <set>

namespace kiosk {
namespace {

int count_correct(const std::vector<Choice>& choices) {
  return static_cast<int>(std::count_if(choices.begin(), choices.end(),
                                        [](const Choice& c) { return c.correct; }));
}

bool is_playable(const Question& q) {
  return count_correct(q.choices) == 1 && q.choices.size() >= 2;
}

// `wanted` distinct indices in [0, count), in random order. Rejection sampling keeps this
// cheap when the library is large and the round is short.
std::vector<int> pick_indices(int count, int wanted, Random& random) {
  std::vector<int> picked;
  if (wanted >= count) {
    for (int i = 0; i < count; ++i) picked.push_back(i);
    random.shuffle(picked);
    return picked;
  }
  std::set<int> seen;
  while (static_cast<int>(picked.size()) < wanted) {
    const int index = random.below(count);
    if (seen.insert(index).second) picked.push_back(index);
  }
  return picked;
}

}  // namespace

std::vector<Choice> draw_choices(const Question& question, Random& random) {
  if (question.kind == QuestionKind::TrueFalse) {
    return {question.choices.begin(),
            question.choices.begin() +
                std::min<std::ptrdiff_t>(kTrueFalseChoices,
                                         static_cast<std::ptrdiff_t>(question.choices.size()))};
  }
  std::vector<Choice> wrong;
  std::vector<Choice> shown;
  for (const Choice& c : question.choices) (c.correct ? shown : wrong).push_back(c);
  random.shuffle(wrong);
  const std::size_t take = std::min<std::size_t>(wrong.size(), kChoicesShown - 1);
  shown.insert(shown.end(), wrong.begin(), wrong.begin() + static_cast<std::ptrdiff_t>(take));
  random.shuffle(shown);
  return shown;
}

std::optional<Round> start_round(const ContentLibrary& library, int length, Random& random) {
  const int count = library.question_count();
  if (count <= 0 || length <= 0) return std::nullopt;
  // Ask for a few spares so an unreadable question does not shorten the round.
  const std::vector<int> indices = pick_indices(count, std::min(count, length + 3), random);
  Round round;
  for (const int index : indices) {
    if (static_cast<int>(round.items.size()) == length) break;
    std::optional<Question> question = library.question(index);
    if (!question || !is_playable(*question)) continue;
    std::vector<Choice> shown = draw_choices(*question, random);
    round.items.push_back(RoundItem{std::move(*question), std::move(shown), std::nullopt});
  }
  if (round.items.empty()) return std::nullopt;
  return round;
}

AnswerOutcome answer(Round& round, int choice) {
  RoundItem& item = round.items.at(static_cast<std::size_t>(round.current));
  if (item.chosen) return AnswerOutcome::AlreadyAnswered;
  if (choice < 0 || choice >= static_cast<int>(item.shown.size())) {
    return AnswerOutcome::NoSuchChoice;
  }
  item.chosen = choice;
  return item.shown[static_cast<std::size_t>(choice)].correct ? AnswerOutcome::Correct
                                                               : AnswerOutcome::Wrong;
}

AdvanceOutcome advance(Round& round) {
  if (round.current + 1 >= static_cast<int>(round.items.size())) {
    return AdvanceOutcome::RoundFinished;
  }
  ++round.current;
  return AdvanceOutcome::NextQuestion;
}

int correct_choice(const RoundItem& item) {
  for (std::size_t i = 0; i < item.shown.size(); ++i) {
    if (item.shown[i].correct) return static_cast<int>(i);
  }
  return -1;
}

bool is_answered(const RoundItem& item) { return item.chosen.has_value(); }

int score(const Round& round) {
  return static_cast<int>(std::count_if(round.items.begin(), round.items.end(), [](const auto& i) {
    return i.chosen && *i.chosen == correct_choice(i);
  }));
}

const RoundItem& current_item(const Round& round) {
  return round.items.at(static_cast<std::size_t>(round.current));
}

}  // namespace kiosk
