// The quiz engine: rounds, choices, answers, scores.
#include "core/quiz.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <set>
#include <string>

#include "support/support.hpp"

using namespace kiosk;

TEST_CASE("a round never repeats a question") {
  const MemoryLibrary library = test::sample_library(12);
  for (std::uint64_t seed = 1; seed <= 200; ++seed) {
    Random random(seed);
    const std::optional<Round> round = start_round(library, 5, random);
    REQUIRE(round);
    CHECK(round->items.size() == 5);
    std::set<std::int64_t> ids;
    for (const RoundItem& item : round->items) ids.insert(item.question.id);
    CHECK(ids.size() == round->items.size());
  }
}

TEST_CASE("a round is shorter when the library has fewer questions than the round length") {
  const MemoryLibrary library = test::sample_library(3);
  Random random(4);
  const std::optional<Round> round = start_round(library, 5, random);
  REQUIRE(round);
  CHECK(round->items.size() == 3);
}

TEST_CASE("a round always shows exactly one correct choice among four") {
  const MemoryLibrary library = test::sample_library(12);
  for (std::uint64_t seed = 1; seed <= 200; ++seed) {
    Random random(seed);
    const Round round = *start_round(library, 5, random);
    for (const RoundItem& item : round.items) {
      CHECK(item.shown.size() == kChoicesShown);
      CHECK(std::count_if(item.shown.begin(), item.shown.end(),
                          [](const Choice& c) { return c.correct; }) == 1);
      std::set<std::string> texts;
      for (const Choice& c : item.shown) texts.insert(c.text);
      CHECK(texts.size() == item.shown.size());
    }
  }
}

TEST_CASE("over many seeds the correct answer's position is spread evenly") {
  const MemoryLibrary library = test::sample_library(12);
  std::array<int, kChoicesShown> at{};
  const int rounds = 4000;
  for (std::uint64_t seed = 1; seed <= rounds; ++seed) {
    Random random(seed);
    const Round round = *start_round(library, 1, random);
    ++at[static_cast<std::size_t>(correct_choice(round.items[0]))];
  }
  // Expected 1000 each; a chi-squared statistic above 16.27 (3 d.o.f., p = 0.001) would mean
  // the positions are not uniform.
  double chi2 = 0;
  for (const int n : at) chi2 += (n - 1000.0) * (n - 1000.0) / 1000.0;
  CAPTURE(at[0]);
  CAPTURE(at[1]);
  CAPTURE(at[2]);
  CAPTURE(at[3]);
  CHECK(chi2 < 16.27);
}

TEST_CASE("the same seed draws the same round") {
  const MemoryLibrary library = test::sample_library(30);
  Random a(99);
  Random b(99);
  CHECK(*start_round(library, 5, a) == *start_round(library, 5, b));
}

TEST_CASE("true-or-false questions show their two choices in stored order") {
  Question q;
  q.kind = QuestionKind::TrueFalse;
  q.choices = {{"True", false}, {"False", true}};
  Random random(1);
  const std::vector<Choice> shown = draw_choices(q, random);
  REQUIRE(shown.size() == 2);
  CHECK(shown[0].text == "True");
  CHECK(shown[1].correct);
}

TEST_CASE("answering records the choice once and scoring counts correct answers") {
  const MemoryLibrary library = test::sample_library(12);
  Random random(5);
  Round round = *start_round(library, 3, random);
  const int right = correct_choice(round.items[0]);
  CHECK(answer(round, right) == AnswerOutcome::Correct);
  CHECK(answer(round, right) == AnswerOutcome::AlreadyAnswered);
  CHECK(advance(round) == AdvanceOutcome::NextQuestion);
  CHECK(answer(round, (correct_choice(round.items[1]) + 1) % 4) == AnswerOutcome::Wrong);
  CHECK(advance(round) == AdvanceOutcome::NextQuestion);
  CHECK(answer(round, 7) == AnswerOutcome::NoSuchChoice);
  CHECK(answer(round, correct_choice(round.items[2])) == AnswerOutcome::Correct);
  CHECK(advance(round) == AdvanceOutcome::RoundFinished);
  CHECK(score(round) == 2);
}

TEST_CASE("questions without exactly one correct answer are never put in a round") {
  std::vector<Question> questions(3);
  questions[0].choices = {{"a", true}, {"b", true}};    // two correct
  questions[1].choices = {{"a", false}, {"b", false}};  // none
  questions[2].id = 3;
  questions[2].choices = {{"a", true}, {"b", false}};
  const MemoryLibrary library({}, {}, questions, {});
  Random random(1);
  const std::optional<Round> round = start_round(library, 5, random);
  REQUIRE(round);
  REQUIRE(round->items.size() == 1);
  CHECK(round->items[0].question.id == 3);
}

TEST_CASE("no round can be started from a library without usable questions") {
  const MemoryLibrary library({}, {}, {}, {});
  Random random(1);
  CHECK_FALSE(start_round(library, 5, random));
}

// ---- A visit's rounds: no repeats, easy first, kinds mixed, true/false balanced, one topic
// ---- once. Rounds from a card and of the missed questions.

namespace {

Question question(int i, QuestionKind kind, int difficulty, const std::string& topic = "") {
  Question q;
  q.id = i + 1;
  q.key = "q" + std::to_string(i + 1);
  q.kind = kind;
  q.prompt = "Question " + std::to_string(i + 1) + "?";
  q.difficulty = difficulty;
  q.topic = topic.empty() ? "topic " + std::to_string(i + 1) : topic;
  q.choices = {{"Right", true}, {"Wrong A", false}, {"Wrong B", false}, {"Wrong C", false}};
  return q;
}

Question statement(int i, bool answer_is_true, const std::string& topic = "") {
  Question q = question(i, QuestionKind::TrueFalse, 2, topic);
  q.choices = {{"True", answer_is_true}, {"False", !answer_is_true}};
  return q;
}

MemoryLibrary library_of(std::vector<Question> questions) {
  return MemoryLibrary({}, {}, std::move(questions), {});
}

// Plays `round` as the visit would: every question is put on screen, then answered with `pick`.
template <typename Pick>
void play(Round& round, QuizMemory& memory, Pick pick) {
  for (RoundItem& item : round.items) {
    note_asked(memory, item);
    item.chosen = pick(item);
  }
}

int always_first(const RoundItem&) { return 0; }

}  // namespace

TEST_CASE("within a visit no question repeats until every question has been asked once") {
  const MemoryLibrary library = test::sample_library(23);
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    Random random(seed);
    QuizMemory memory;
    std::set<int> this_turn;  // asked since the bank last started over
    for (int r = 0; r < 30; ++r) {
      std::optional<Round> round = start_round(library, 5, random, memory);
      REQUIRE(round);
      CHECK(round->items.size() == 5);
      for (const RoundItem& item : round->items) {
        if (this_turn.contains(item.index)) {
          CAPTURE(item.index);
          CHECK(this_turn.size() == 23u);  // a repeat only once all 23 have been asked
          this_turn.clear();
        }
        this_turn.insert(item.index);
      }
      play(*round, memory, always_first);
    }
  }
}

TEST_CASE("questions the visitor abandoned unseen are still to be asked") {
  const MemoryLibrary library = test::sample_library(12);
  Random random(3);
  QuizMemory memory;
  Round round = *start_round(library, 5, random, memory);
  note_asked(memory, round.items[0]);  // the visitor left after the first question
  CHECK(memory.asked == std::set<int>{round.items[0].index});
  const Round next = *start_round(library, 5, random, memory);
  for (const RoundItem& item : next.items) CHECK(item.index != round.items[0].index);
}

TEST_CASE("the first question of a round is the easiest of those still to be asked") {
  const MemoryLibrary library = test::sample_library(20);  // difficulties 1, 2, 3 in turn
  for (std::uint64_t seed = 1; seed <= 50; ++seed) {
    Random random(seed);
    QuizMemory memory;
    for (int r = 0; r < 8; ++r) {
      int easiest = 3;
      for (int i = 0; i < library.question_count(); ++i) {
        const bool all_asked =
            memory.asked.size() == static_cast<std::size_t>(library.question_count());
        const bool due = all_asked || !memory.asked.contains(i);
        if (due) easiest = std::min(easiest, library.question(i)->difficulty);
      }
      Round round = *start_round(library, 5, random, memory);
      CAPTURE(seed);
      CAPTURE(r);
      CHECK(round.items[0].question.difficulty == easiest);
      play(round, memory, always_first);
    }
  }
}

TEST_CASE("a round mixes kinds: never two of a kind in a row while others are there") {
  std::vector<Question> qs;
  const QuestionKind kinds[] = {QuestionKind::Who, QuestionKind::When, QuestionKind::Where};
  for (int i = 0; i < 24; ++i) qs.push_back(question(i, kinds[i % 3], 1 + (i / 3) % 3));
  const MemoryLibrary library = library_of(qs);
  for (std::uint64_t seed = 1; seed <= 200; ++seed) {
    Random random(seed);
    const Round round = *start_round(library, 5, random);
    REQUIRE(round.items.size() == 5);
    std::set<QuestionKind> seen;
    for (std::size_t i = 0; i < round.items.size(); ++i) {
      seen.insert(round.items[i].question.kind);
      if (i > 0) CHECK(round.items[i].question.kind != round.items[i - 1].question.kind);
    }
    CHECK(seen.size() == 3u);  // all three kinds in a round of five
  }
}

TEST_CASE("true/false answers stay balanced over a visit: always answering True scores half") {
  std::vector<Question> qs;
  for (int i = 0; i < 10; ++i) qs.push_back(statement(i, true));
  for (int i = 10; i < 20; ++i) qs.push_back(statement(i, false));
  for (int i = 20; i < 30; ++i) qs.push_back(question(i, QuestionKind::Who, 2));
  const MemoryLibrary library = library_of(qs);
  for (std::uint64_t seed = 1; seed <= 50; ++seed) {
    Random random(seed);
    QuizMemory memory;
    int asked = 0;
    int scored = 0;  // by a visitor who always answers True
    for (int r = 0; r < 12; ++r) {
      Round round = *start_round(library, 5, random, memory);
      for (RoundItem& item : round.items) {
        note_asked(memory, item);
        CAPTURE(seed);
        CHECK(std::abs(memory.true_statements - memory.false_statements) <= 1);
        if (item.question.kind != QuestionKind::TrueFalse) continue;
        ++asked;
        scored += is_true_statement(item.question) ? 1 : 0;
      }
    }
    CHECK(std::abs(2 * scored - asked) <= 1);
  }
}

TEST_CASE("a round never asks one fact twice, as a choice and again as true or false") {
  std::vector<Question> qs;
  for (int t = 0; t < 6; ++t) {
    const std::string topic = "fact " + std::to_string(t);
    qs.push_back(question(2 * t, QuestionKind::Who, 1 + t % 3, topic));
    qs.push_back(statement(2 * t + 1, t % 2 == 0, topic));
  }
  const MemoryLibrary library = library_of(qs);
  for (std::uint64_t seed = 1; seed <= 200; ++seed) {
    Random random(seed);
    QuizMemory memory;
    const Round round = *start_round(library, 8, random, memory);
    std::set<std::string> topics;
    for (const RoundItem& item : round.items) topics.insert(item.question.topic);
    CHECK(topics.size() == round.items.size());
    CHECK(round.items.size() == 6u);  // six facts: six questions, however long the round
  }
}

TEST_CASE("a round from a card asks only that card's questions, those not yet asked first") {
  const MemoryLibrary library = test::sample_library(24, 4);  // card 2: questions 2, 6, ... 22
  for (std::uint64_t seed = 1; seed <= 50; ++seed) {
    Random random(seed);
    QuizMemory memory;
    memory.asked = {2, 6, 10};
    const std::optional<Round> round = start_card_round(library, 2, 5, random, memory);
    REQUIRE(round);
    REQUIRE(round->items.size() == 5u);
    for (const RoundItem& item : round->items) CHECK(item.question.card == 2);
    const std::set<int> first_three{round->items[0].index, round->items[1].index,
                                    round->items[2].index};
    CHECK(first_three == std::set<int>{14, 18, 22});
  }
}

TEST_CASE("a card with no questions gives no round, and a small card a short one") {
  const MemoryLibrary library = test::sample_library(4, 6);  // cards 0-3: one each; 4, 5: none
  Random random(1);
  CHECK_FALSE(start_card_round(library, 5, 5, random, {}));
  const std::optional<Round> round = start_card_round(library, 1, 5, random, {});
  REQUIRE(round);
  CHECK(round->items.size() == 1u);
}

TEST_CASE("trying the missed ones again asks exactly the questions missed") {
  const MemoryLibrary library = test::sample_library(12);
  for (std::uint64_t seed = 1; seed <= 50; ++seed) {
    Random random(seed);
    QuizMemory memory;
    Round round = *start_round(library, 5, random, memory);
    std::set<int> missed;
    for (std::size_t i = 0; i < round.items.size(); ++i) {
      RoundItem& item = round.items[i];
      note_asked(memory, item);
      const int right = correct_choice(item);
      item.chosen = i % 2 == 1 ? (right + 1) % 4 : right;  // the 2nd and 4th are missed
      if (i % 2 == 1) missed.insert(item.index);
    }
    CHECK(missed_count(round) == 2);
    const std::optional<Round> again = start_missed_round(round, random, memory);
    REQUIRE(again);
    std::set<int> asked_again;
    for (const RoundItem& item : again->items) {
      asked_again.insert(item.index);
      CHECK_FALSE(item.chosen.has_value());
    }
    CHECK(asked_again == missed);
    CHECK(again->items.size() == missed.size());
  }
}

TEST_CASE("with nothing missed there is nothing to try again") {
  const MemoryLibrary library = test::sample_library(12);
  Random random(2);
  Round round = *start_round(library, 5, random);
  for (RoundItem& item : round.items) item.chosen = correct_choice(item);
  CHECK(missed_count(round) == 0);
  CHECK_FALSE(start_missed_round(round, random, {}));
}

TEST_CASE("a question put on screen counts as asked, and a statement towards its answer") {
  QuizMemory memory;
  note_asked(memory, RoundItem{4, statement(4, true), {}, std::nullopt, false});
  note_asked(memory, RoundItem{5, statement(5, false), {}, std::nullopt, false});
  note_asked(memory, RoundItem{6, statement(6, false), {}, std::nullopt, false});
  note_asked(memory, RoundItem{7, question(7, QuestionKind::Who, 1), {}, std::nullopt, false});
  CHECK(memory.asked == std::set<int>{4, 5, 6, 7});
  CHECK(memory.true_statements == 1);
  CHECK(memory.false_statements == 2);
}
