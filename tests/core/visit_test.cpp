// The visit state machine, on an injected clock.
#include "core/visit.hpp"

#include <doctest/doctest.h>

#include "support/support.hpp"

using namespace kiosk;

namespace {

struct Visit {
  MemoryLibrary library = test::sample_library(12, 3);
  VisitConfig config;
  VisitState state = start_visit(0, Random(3));
  Millis now = 0;

  Outcome send(Command c, int argument = 0) {
    return handle(state, {c, argument}, now, library, config);
  }
  Outcome wait(Millis ms) {
    now += ms;
    return tick(state, now, config, library.highlight_count());
  }
};

}  // namespace

TEST_CASE("a visit goes attract, home, cards, quiz, feedback, results") {
  Visit v;
  CHECK(v.state.screen == Screen::Attract);
  CHECK(v.send(Command::Begin) == Outcome::ScreenChanged);
  CHECK(v.state.screen == Screen::Home);
  CHECK(v.send(Command::OpenBriefings) == Outcome::ScreenChanged);
  CHECK(v.state.screen == Screen::Cards);
  CHECK(v.send(Command::NextCard) == Outcome::Changed);
  CHECK(v.state.card == 1);
  CHECK(v.send(Command::Back) == Outcome::ScreenChanged);
  CHECK(v.send(Command::OpenQuiz) == Outcome::ScreenChanged);
  CHECK(v.state.screen == Screen::Question);
  for (int i = 0; i < 5; ++i) {
    const int right = correct_choice(current_item(v.state.round));
    CHECK(v.send(Command::Choose, right) == Outcome::AnsweredCorrectly);
    CHECK(v.state.screen == Screen::Feedback);
    CHECK(v.send(Command::NextQuestion) == Outcome::ScreenChanged);
  }
  CHECK(v.state.screen == Screen::Results);
  CHECK(score(v.state.round) == 5);
}

TEST_CASE("cards stop at either end instead of wrapping around") {
  Visit v;
  v.send(Command::Begin);
  v.send(Command::OpenBriefings);
  CHECK(v.send(Command::PreviousCard) == Outcome::Ignored);
  v.send(Command::NextCard);
  v.send(Command::NextCard);
  CHECK(v.state.card == 2);
  CHECK(v.send(Command::NextCard) == Outcome::Ignored);
  CHECK(v.state.card == 2);
}

TEST_CASE("a command meant for another screen is ignored") {
  Visit v;
  CHECK(v.send(Command::Choose, 0) == Outcome::Ignored);
  CHECK(v.send(Command::OpenQuiz) == Outcome::Ignored);
  CHECK(v.state.screen == Screen::Attract);
  v.send(Command::Begin);
  CHECK(v.send(Command::NextQuestion) == Outcome::Ignored);
  CHECK(v.state.screen == Screen::Home);
}

TEST_CASE("a wrong answer is reported as wrong and scores nothing") {
  Visit v;
  v.send(Command::Begin);
  v.send(Command::OpenQuiz);
  const int wrong = (correct_choice(current_item(v.state.round)) + 1) % 4;
  CHECK(v.send(Command::Choose, wrong) == Outcome::AnsweredWrongly);
  CHECK(v.send(Command::Choose, wrong) == Outcome::Ignored);  // feedback screen now
  CHECK(score(v.state.round) == 0);
}

TEST_CASE("after the idle timeout the visitor is asked whether they are still there") {
  Visit v;
  v.send(Command::Begin);
  CHECK(v.wait(59'999) == Outcome::Ignored);
  CHECK(v.wait(1) == Outcome::StillThereAsked);
  CHECK(v.state.still_there_since == 60'000);
  CHECK(still_there_seconds_left(v.state, v.now, v.config) == 10);
  CHECK(v.wait(3'500) == Outcome::Changed);
  CHECK(still_there_seconds_left(v.state, v.now, v.config) == 7);
}

TEST_CASE("the visit ends and returns to attract when nobody answers the prompt") {
  Visit v;
  v.send(Command::Begin);
  v.send(Command::OpenQuiz);
  v.wait(60'000);
  CHECK(v.wait(10'000) == Outcome::VisitEnded);
  CHECK(v.state.screen == Screen::Attract);
  CHECK(v.state.round.items.empty());
  CHECK_FALSE(v.state.still_there_since);
}

TEST_CASE("any touch during the prompt keeps the visit where it was") {
  Visit v;
  v.send(Command::Begin);
  v.send(Command::OpenBriefings);
  v.send(Command::NextCard);
  v.wait(60'000);
  CHECK(note_presence(v.state, v.now) == Outcome::StillHereConfirmed);
  CHECK(v.state.screen == Screen::Cards);
  CHECK(v.state.card == 1);
  CHECK(v.wait(59'000) == Outcome::Ignored);  // the idle timer started again
}

TEST_CASE("input keeps resetting the idle timer") {
  Visit v;
  v.send(Command::Begin);
  v.send(Command::OpenBriefings);
  for (int i = 0; i < 10; ++i) {
    v.now += 50'000;
    note_presence(v.state, v.now);
    CHECK(tick(v.state, v.now, v.config, 3) == Outcome::Ignored);
  }
  CHECK(v.state.screen == Screen::Cards);
}

TEST_CASE("the attract screen never times out and rotates its highlight") {
  Visit v;
  CHECK(v.wait(7'999) == Outcome::Ignored);
  CHECK(v.wait(1) == Outcome::Changed);
  CHECK(v.state.highlight == 1);
  v.wait(8'000);
  v.wait(8'000);
  CHECK(v.state.highlight == 0);  // three highlights wrap around
  CHECK(v.state.screen == Screen::Attract);
}

TEST_CASE("the next deadline is when the next thing is due") {
  Visit v;
  CHECK(next_deadline(v.state, 0, v.config, 3) == 8'000);
  CHECK(next_deadline(v.state, 0, v.config, 1) == kNever);  // one highlight: nothing to rotate
  v.send(Command::Begin);
  CHECK(next_deadline(v.state, 0, v.config, 3) == 60'000);
  v.wait(60'000);
  CHECK(next_deadline(v.state, v.now, v.config, 3) == 61'000);  // the countdown's next second
  v.now = 69'500;
  CHECK(next_deadline(v.state, v.now, v.config, 3) == 70'000);
}

TEST_CASE("nothing is scheduled on the unavailable screen") {
  Visit v;
  show_unavailable(v.state);
  CHECK(next_deadline(v.state, 0, v.config, 3) == kNever);
  CHECK(v.wait(1'000'000) == Outcome::Ignored);
  CHECK(v.send(Command::Begin) == Outcome::Ignored);
  content_arrived(v.state, v.now);
  CHECK(v.state.screen == Screen::Attract);
}

TEST_CASE("the visit state is a plain value that can be copied and compared") {
  Visit v;
  v.send(Command::Begin);
  const VisitState saved = v.state;
  v.send(Command::OpenQuiz);
  CHECK_FALSE(v.state == saved);
  v.state = saved;
  CHECK(v.state.screen == Screen::Home);
}

TEST_CASE("screen names are the trace's names") {
  CHECK(screen_name(Screen::Attract) == "attract");
  CHECK(screen_name(Screen::Feedback) == "feedback");
  CHECK(screen_name(Screen::Unavailable) == "unavailable");
}
