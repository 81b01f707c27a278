// Drawing rounds and choices; answering and scoring.
#include "core/quiz.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <string>
#include <tuple>

namespace kiosk {
namespace {

// Candidates read for each question of a round: enough to choose the easiest and to mix
// kinds, few enough that a round from a large library stays cheap.
constexpr int kCandidatesPerQuestion = 4;

int count_correct(const std::vector<Choice>& choices) {
  return static_cast<int>(
      std::count_if(choices.begin(), choices.end(), [](const Choice& c) { return c.correct; }));
}

bool is_playable(const Question& q) {
  return count_correct(q.choices) == 1 && q.choices.size() >= 2;
}

// A question a round may take. Tier 0 is due (not asked yet in this turn of the bank); tier 1
// was asked before and comes only when tier 0 cannot fill the round.
struct Candidate {
  int index = -1;
  Question question;
  int tier = 0;
};

// Up to `wanted` distinct indices in [0, count) not in `excluded`, in random order.
// Rejection sampling keeps this cheap when the library is large and few are excluded.
std::vector<int> sample_excluding(int count, const std::set<int>& excluded, int wanted,
                                  Random& random) {
  const auto inside = std::distance(excluded.begin(), excluded.lower_bound(count));
  const int available = count - static_cast<int>(inside);
  std::vector<int> picked;
  if (available <= 0 || wanted <= 0) return picked;
  if (wanted >= available || inside * 2 > count) {
    for (int i = 0; i < count; ++i) {
      if (!excluded.contains(i)) picked.push_back(i);
    }
    random.shuffle(picked);
    picked.resize(static_cast<std::size_t>(std::min(wanted, available)));
    return picked;
  }
  std::set<int> seen;
  while (static_cast<int>(picked.size()) < wanted) {
    const int index = random.below(count);
    if (!excluded.contains(index) && seen.insert(index).second) picked.push_back(index);
  }
  return picked;
}

// Reads playable questions at indices outside `excluded` into `out` until it holds `wanted`
// or none are left; every index looked at joins `excluded`.
void read_candidates(const ContentLibrary& library, std::set<int>& excluded, int wanted, int tier,
                     Random& random, std::vector<Candidate>& out) {
  while (static_cast<int>(out.size()) < wanted) {
    const std::vector<int> batch = sample_excluding(library.question_count(), excluded,
                                                    wanted - static_cast<int>(out.size()), random);
    if (batch.empty()) return;
    for (const int index : batch) {
      excluded.insert(index);
      std::optional<Question> question = library.question(index);
      if (question && is_playable(*question)) out.push_back({index, std::move(*question), tier});
    }
  }
}

// How many questions of one round `candidates` can give: one per topic.
int distinct_topics(const std::vector<Candidate>& candidates) {
  std::set<std::string> topics;
  int untopical = 0;
  for (const Candidate& c : candidates) {
    if (c.question.topic.empty()) ++untopical;
    else topics.insert(c.question.topic);
  }
  return untopical + static_cast<int>(topics.size());
}

// The running count of True and False answers among the true/false statements asked.
struct Balance {
  int trues = 0;
  int falses = 0;
};

bool keeps_balance(const Question& q, const Balance& b) {
  if (q.kind != QuestionKind::TrueFalse) return true;
  return is_true_statement(q) ? b.trues <= b.falses : b.falses <= b.trues;
}

// What the round holds so far, for ranking the next candidate.
struct Composition {
  Balance balance;
  std::set<std::string> topics;
  std::map<QuestionKind, int> kinds;
  std::optional<QuestionKind> previous;
};

// Lower ranks are taken first (see start_round's contract for the order of precedence).
std::tuple<int, int, int, int> rank(const Candidate& c, const Composition& so_far) {
  const int unbalancing = keeps_balance(c.question, so_far.balance) ? 0 : 1;
  if (!so_far.previous) return {c.tier, unbalancing, c.question.difficulty, 0};
  const auto used = so_far.kinds.find(c.question.kind);
  return {c.tier, unbalancing, c.question.kind == *so_far.previous ? 1 : 0,
          used == so_far.kinds.end() ? 0 : used->second};
}

bool topic_taken(const Question& q, const Composition& so_far) {
  return !q.topic.empty() && so_far.topics.contains(q.topic);
}

void take(Candidate& c, Composition& so_far, Round& round, Random& random) {
  if (!c.question.topic.empty()) so_far.topics.insert(c.question.topic);
  ++so_far.kinds[c.question.kind];
  so_far.previous = c.question.kind;
  if (c.question.kind == QuestionKind::TrueFalse) {
    ++(is_true_statement(c.question) ? so_far.balance.trues : so_far.balance.falses);
  }
  std::vector<Choice> shown = draw_choices(c.question, random);
  round.items.push_back(
      RoundItem{c.index, std::move(c.question), std::move(shown), std::nullopt, false});
}

// Chooses and orders up to `length` of `candidates` into a round, one question at a time.
std::optional<Round> compose(std::vector<Candidate> candidates, int length, Random& random,
                             const QuizMemory& memory) {
  random.shuffle(candidates);  // so that equally ranked candidates are taken at random
  Composition so_far;
  so_far.balance = {memory.true_statements, memory.false_statements};
  std::vector<bool> taken(candidates.size(), false);
  Round round;
  while (static_cast<int>(round.items.size()) < length) {
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      if (taken[i] || topic_taken(candidates[i].question, so_far)) continue;
      if (!best || rank(candidates[i], so_far) < rank(candidates[*best], so_far)) best = i;
    }
    if (!best) break;
    taken[*best] = true;
    take(candidates[*best], so_far, round, random);
  }
  if (round.items.empty()) return std::nullopt;
  return round;
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

std::optional<Round> start_round(const ContentLibrary& library, int length, Random& random,
                                 const QuizMemory& memory) {
  if (library.question_count() <= 0 || length <= 0) return std::nullopt;
  const int wanted = length * kCandidatesPerQuestion;
  std::vector<Candidate> candidates;
  std::set<int> excluded = memory.asked;
  read_candidates(library, excluded, wanted, 0, random, candidates);
  if (distinct_topics(candidates) < length && !memory.asked.empty()) {
    // Every question not yet asked is in and the round is not full: the rest comes from the
    // questions asked before, as the bank starts over.
    std::set<int> looked_at;
    std::set_difference(excluded.begin(), excluded.end(), memory.asked.begin(), memory.asked.end(),
                        std::inserter(looked_at, looked_at.end()));
    read_candidates(library, looked_at, wanted, 1, random, candidates);
  }
  std::optional<Round> round = compose(std::move(candidates), length, random, memory);
  if (!round) return round;
  // Those asked before come after all the others (they rank lower): the first of them
  // starts the bank over.
  for (RoundItem& item : round->items) {
    if (!memory.asked.contains(item.index)) continue;
    item.starts_over = true;
    break;
  }
  return round;
}

std::optional<Round> start_round(const ContentLibrary& library, int length, Random& random) {
  return start_round(library, length, random, QuizMemory{});
}

std::optional<Round> start_card_round(const ContentLibrary& library, int card, int length,
                                      Random& random, const QuizMemory& memory) {
  std::vector<Candidate> candidates;
  for (const int index : library.questions_of_card(card)) {
    std::optional<Question> question = library.question(index);
    if (!question || !is_playable(*question)) continue;
    candidates.push_back({index, std::move(*question), memory.asked.contains(index) ? 1 : 0});
  }
  return compose(std::move(candidates), length, random, memory);
}

std::optional<Round> start_missed_round(const Round& finished, Random& random,
                                        const QuizMemory& memory) {
  std::vector<Candidate> candidates;
  for (const RoundItem& item : finished.items) {
    if (is_missed(item)) candidates.push_back({item.index, item.question, 0});
  }
  // The size is taken first: the order in which arguments are evaluated is unspecified, and on
  // arm64 the moved-from vector was measured (a round of none).
  const int length = static_cast<int>(candidates.size());
  return compose(std::move(candidates), length, random, memory);
}

void note_asked(QuizMemory& memory, const RoundItem& item) {
  if (item.starts_over) memory.asked.clear();
  if (item.index >= 0) memory.asked.insert(item.index);
  if (item.question.kind != QuestionKind::TrueFalse) return;
  ++(is_true_statement(item.question) ? memory.true_statements : memory.false_statements);
}

bool is_true_statement(const Question& question) {
  return question.kind == QuestionKind::TrueFalse && !question.choices.empty() &&
         question.choices.front().correct;
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

bool is_missed(const RoundItem& item) {
  return !item.chosen || *item.chosen != correct_choice(item);
}

int missed_count(const Round& round) {
  return static_cast<int>(std::count_if(round.items.begin(), round.items.end(), is_missed));
}

int score(const Round& round) { return static_cast<int>(round.items.size()) - missed_count(round); }

const RoundItem& current_item(const Round& round) {
  return round.items.at(static_cast<std::size_t>(round.current));
}

}  // namespace kiosk
