// The quiz engine: rounds, choices, answers, scores.
#include "core/quiz.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <set>

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
  questions[0].choices = {{"a", true}, {"b", true}};   // two correct
  questions[1].choices = {{"a", false}, {"b", false}}; // none
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
