// The visit state machine, on an injected clock.
#include "core/visit.hpp"

#include <doctest/doctest.h>

#include <set>

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
  CHECK(still_there_seconds_left(v.state, v.now, v.config) == 20);  // WCAG 2.2.1's least
  CHECK(v.wait(3'500) == Outcome::Changed);
  CHECK(still_there_seconds_left(v.state, v.now, v.config) == 17);
}

TEST_CASE("the visit ends and returns to attract when nobody answers the prompt") {
  Visit v;
  v.send(Command::Begin);
  v.send(Command::OpenQuiz);
  v.wait(60'000);
  CHECK(v.wait(19'999) == Outcome::Changed);  // still counting down
  CHECK(v.wait(1) == Outcome::VisitEnded);
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
  CHECK(screen_name(Screen::Timeline) == "timeline");
  CHECK(screen_name(Screen::Unavailable) == "unavailable");
}

// ---- A quiz that teaches: reading the card, a card's own round, the missed ones again,
// ---- the timeline; and what a visit remembers of its questions.

namespace {

// Answers the current question rightly or wrongly and moves on to the next screen.
void answer_and_go_on(Visit& v, bool rightly) {
  const int right = correct_choice(current_item(v.state.round));
  v.send(Command::Choose, rightly ? right : (right + 1) % 4);
  v.send(Command::NextQuestion);
}

}  // namespace

TEST_CASE("Read the card opens the question's card, and Back returns to the same feedback") {
  Visit v;
  v.send(Command::Begin);
  v.send(Command::OpenQuiz);
  v.send(Command::Choose, (correct_choice(current_item(v.state.round)) + 1) % 4);
  REQUIRE(v.state.screen == Screen::Feedback);
  const VisitState feedback = v.state;
  CHECK(v.send(Command::ReadCard) == Outcome::ScreenChanged);
  CHECK(v.state.screen == Screen::Cards);
  CHECK(v.state.card == current_item(v.state.round).question.card);
  v.send(Command::NextPage);  // reading on does not lose the way back
  CHECK(v.send(Command::Back) == Outcome::ScreenChanged);
  CHECK(v.state.screen == Screen::Feedback);
  CHECK(v.state.round == feedback.round);
  CHECK(v.state.page == feedback.page);
  CHECK(v.send(Command::NextQuestion) == Outcome::ScreenChanged);  // the round goes on
  CHECK(v.state.round.current == feedback.round.current + 1);
}

TEST_CASE("a question on no card has no card to read") {
  Visit v;
  std::vector<Question> qs;
  for (int i = 0; i < 5; ++i) {
    Question q = *v.library.question(i);
    q.card = -1;
    qs.push_back(q);
  }
  v.library = MemoryLibrary(v.library.meta(), {*v.library.card(0)}, qs, {});
  v.send(Command::Begin);
  v.send(Command::OpenQuiz);
  v.send(Command::Choose, 0);
  CHECK(v.send(Command::ReadCard) == Outcome::Ignored);
  CHECK(v.state.screen == Screen::Feedback);
}

TEST_CASE("Quiz me on this starts a round of the shown card's questions only") {
  Visit v;
  v.send(Command::Begin);
  v.send(Command::OpenBriefings);
  v.send(Command::NextCard);
  CHECK(v.send(Command::QuizCard) == Outcome::ScreenChanged);
  CHECK(v.state.screen == Screen::Question);
  CHECK(v.state.round.items.size() == 4u);  // 12 questions on 3 cards: four on each
  for (const RoundItem& item : v.state.round.items) CHECK(item.question.card == 1);
}

TEST_CASE("a card read during a round does not start another round") {
  Visit v;
  v.send(Command::Begin);
  v.send(Command::OpenQuiz);
  v.send(Command::Choose, 0);
  v.send(Command::ReadCard);
  const Round round = v.state.round;
  CHECK(v.send(Command::QuizCard) == Outcome::Ignored);
  CHECK(v.state.round == round);
}

TEST_CASE("Try the ones I missed starts a round of exactly the questions missed") {
  Visit v;
  v.send(Command::Begin);
  v.send(Command::OpenQuiz);
  std::set<std::int64_t> missed;
  for (int i = 0; i < 5; ++i) {
    if (i == 1 || i == 3) missed.insert(current_item(v.state.round).question.id);
    answer_and_go_on(v, i != 1 && i != 3);
  }
  REQUIRE(v.state.screen == Screen::Results);
  CHECK(v.send(Command::RetryMissed) == Outcome::ScreenChanged);
  CHECK(v.state.screen == Screen::Question);
  std::set<std::int64_t> again;
  for (const RoundItem& item : v.state.round.items) again.insert(item.question.id);
  CHECK(again == missed);
  CHECK(v.state.round.items.size() == 2u);
}

TEST_CASE("with nothing missed, Try the ones I missed does nothing") {
  Visit v;
  v.send(Command::Begin);
  v.send(Command::OpenQuiz);
  for (int i = 0; i < 5; ++i) answer_and_go_on(v, true);
  REQUIRE(v.state.screen == Screen::Results);
  CHECK(v.send(Command::RetryMissed) == Outcome::Ignored);
  CHECK(v.state.screen == Screen::Results);
}

TEST_CASE("rounds in one visit do not repeat a question until all have been asked") {
  Visit v;  // 12 questions: rounds of 5 ask 10 different ones before any comes back
  v.send(Command::Begin);
  v.send(Command::OpenQuiz);
  std::set<std::int64_t> asked;
  for (int round = 0; round < 2; ++round) {
    for (int i = 0; i < 5; ++i) {
      CHECK(asked.insert(current_item(v.state.round).question.id).second);
      answer_and_go_on(v, true);
    }
    v.send(Command::PlayAgain);
  }
  // The two still to be asked open the third round; then the bank starts over.
  const std::vector<RoundItem>& third = v.state.round.items;
  REQUIRE(third.size() == 5u);
  CHECK_FALSE(asked.contains(third[0].question.id));
  CHECK_FALSE(asked.contains(third[1].question.id));
  CHECK(asked.contains(third[2].question.id));
  CHECK(third[2].starts_over);
  CHECK(v.state.quiz.asked.size() == 11u);
  answer_and_go_on(v, true);
  answer_and_go_on(v, true);
  CHECK(v.state.quiz.asked == std::set<int>{third[2].index});  // a new turn of the bank
}

TEST_CASE("a visit forgets the questions it asked when it ends") {
  Visit v;
  v.send(Command::Begin);
  v.send(Command::OpenQuiz);
  answer_and_go_on(v, true);
  CHECK(v.state.quiz.asked.size() == 2u);
  v.wait(60'000);
  CHECK(v.wait(20'000) == Outcome::VisitEnded);
  CHECK(v.state.quiz == QuizMemory{});
}

TEST_CASE("the timeline opens a card, and Back returns to the timeline where it was") {
  Visit v;
  v.send(Command::Begin);
  CHECK(v.send(Command::OpenTimeline) == Outcome::ScreenChanged);
  CHECK(v.state.screen == Screen::Timeline);
  v.send(Command::NextPage);
  CHECK(v.send(Command::OpenCard, 2) == Outcome::ScreenChanged);
  CHECK(v.state.screen == Screen::Cards);
  CHECK(v.state.card == 2);
  CHECK(v.state.cards_from == Place{Screen::Timeline, 1});
  CHECK(v.send(Command::Back) == Outcome::ScreenChanged);
  CHECK(v.state.screen == Screen::Timeline);
  CHECK(v.state.page == 1);
  CHECK(v.send(Command::OpenCard, 3) == Outcome::Ignored);  // there are three cards
  CHECK(v.send(Command::Back) == Outcome::ScreenChanged);
  CHECK(v.state.screen == Screen::Home);
}

TEST_CASE("briefings opened from home go back home") {
  Visit v;
  v.send(Command::Begin);
  v.send(Command::OpenTimeline);
  v.send(Command::OpenCard, 1);
  v.send(Command::Back);
  v.send(Command::Back);
  v.send(Command::OpenBriefings);
  CHECK(v.state.card == 0);
  v.send(Command::Back);
  CHECK(v.state.screen == Screen::Home);
}

namespace {

// A visit on content offered in English, Russian and Belarusian.
struct TrilingualVisit : Visit {
  TrilingualVisit() {
    library.add_languages({{"en", "English"}, {"ru", "Русский"}, {"be", "Беларуская"}}, {});
  }
};

}  // namespace

TEST_CASE("a language button on the attract screen switches the language and begins the visit") {
  TrilingualVisit v;
  CHECK(v.state.language.empty());  // the kiosk's default
  CHECK(v.send(Command::ChooseLanguage, 2) == Outcome::LanguageChanged);
  CHECK(v.state.language == "be");
  CHECK(v.state.screen == Screen::Home);
}

TEST_CASE("on the home screen a language button switches the language and stays home") {
  TrilingualVisit v;
  v.send(Command::Begin);
  CHECK(v.send(Command::ChooseLanguage, 1) == Outcome::LanguageChanged);
  CHECK(v.state.language == "ru");
  CHECK(v.state.screen == Screen::Home);
  CHECK(v.send(Command::ChooseLanguage, 1) == Outcome::Ignored);  // already Russian
}

TEST_CASE("languages are chosen only where their buttons are, and only ones the content has") {
  TrilingualVisit v;
  v.send(Command::Begin);
  CHECK(v.send(Command::ChooseLanguage, 3) == Outcome::Ignored);
  CHECK(v.send(Command::ChooseLanguage, -1) == Outcome::Ignored);
  v.send(Command::OpenBriefings);
  CHECK(v.send(Command::ChooseLanguage, 1) == Outcome::Ignored);
  CHECK(v.state.language.empty());
}

TEST_CASE("the visit's end returns to the kiosk's default language") {
  TrilingualVisit v;
  v.send(Command::ChooseLanguage, 1);
  v.send(Command::OpenQuiz);
  v.wait(v.config.idle_timeout);
  CHECK(v.wait(v.config.still_there_for) == Outcome::VisitEnded);
  CHECK(v.state.screen == Screen::Attract);
  CHECK(v.state.language.empty());
}

TEST_CASE("new content begins a visit in the default language too") {
  TrilingualVisit v;
  v.send(Command::ChooseLanguage, 2);
  content_arrived(v.state, v.now);
  CHECK(v.state.language.empty());
}

TEST_CASE("the Aa panel opens on every screen after attract, and never on attract") {
  Visit v;
  CHECK(v.send(Command::OpenDisplayPanel) == Outcome::Ignored);
  CHECK_FALSE(v.state.display_panel_open);
  v.send(Command::Begin);
  for (const Command open : {Command::OpenBriefings, Command::OpenQuiz, Command::OpenTimeline}) {
    v.send(Command::GoHome);
    v.send(open);
    CHECK(v.send(Command::OpenDisplayPanel) == Outcome::Changed);
    CHECK(v.state.display_panel_open);
    CHECK(v.send(Command::CloseDisplayPanel) == Outcome::Changed);
    CHECK_FALSE(v.state.display_panel_open);
  }
}

TEST_CASE("each display option toggles on and off by itself") {
  Visit v;
  v.send(Command::Begin);
  v.send(Command::OpenDisplayPanel);
  const auto toggle_setting = [&](DisplaySetting s) {
    return v.send(Command::ToggleSetting, static_cast<int>(s));
  };
  CHECK(toggle_setting(DisplaySetting::LargeText) == Outcome::SettingChanged);
  CHECK(v.state.display == DisplayOptions{TextSize::Large, Contrast::Standard, Motion::Full});
  CHECK(toggle_setting(DisplaySetting::HighContrast) == Outcome::SettingChanged);
  CHECK(toggle_setting(DisplaySetting::ReduceMotion) == Outcome::SettingChanged);
  CHECK(v.state.display == DisplayOptions{TextSize::Large, Contrast::High, Motion::Reduced});
  CHECK(toggle_setting(DisplaySetting::LargeText) == Outcome::SettingChanged);
  CHECK(v.state.display == DisplayOptions{TextSize::Standard, Contrast::High, Motion::Reduced});
  CHECK(toggle_setting(DisplaySetting::ReadAloud) == Outcome::SettingChanged);
  CHECK(v.state.display ==
        DisplayOptions{TextSize::Standard, Contrast::High, Motion::Reduced, Narration::ReadAloud});
  CHECK(v.send(Command::ToggleSetting, 4) == Outcome::Ignored);  // no such setting
  CHECK(v.send(Command::ToggleSetting, -1) == Outcome::Ignored);
}

TEST_CASE("the display panel is modal: only its toggles, Done and Escape act") {
  Visit v;
  v.send(Command::Begin);
  v.send(Command::OpenDisplayPanel);
  const VisitState before = v.state;
  CHECK(v.send(Command::OpenQuiz) == Outcome::Ignored);
  CHECK(v.send(Command::ChooseLanguage, 1) == Outcome::Ignored);
  CHECK(v.state.screen == Screen::Home);
  CHECK(v.state.display_panel_open);
  CHECK(v.send(Command::Back) == Outcome::Changed);  // Escape closes the panel, and only that
  CHECK(v.state.screen == Screen::Home);
  CHECK_FALSE(v.state.display_panel_open);
  CHECK(before.display == v.state.display);
}

TEST_CASE("toggles outside the panel do nothing") {
  Visit v;
  v.send(Command::Begin);
  CHECK(v.send(Command::ToggleSetting, 0) == Outcome::Ignored);
  CHECK(v.state.display == DisplayOptions{});
}

TEST_CASE("the display options stay for the visit and are reset when it ends") {
  Visit v;
  v.send(Command::Begin);
  v.send(Command::OpenDisplayPanel);
  v.send(Command::ToggleSetting, static_cast<int>(DisplaySetting::HighContrast));
  v.send(Command::CloseDisplayPanel);
  v.send(Command::OpenQuiz);
  v.send(Command::Back);
  CHECK(v.state.display.contrast == Contrast::High);  // still on, screens later
  v.wait(v.config.idle_timeout);
  CHECK(v.wait(v.config.still_there_for) == Outcome::VisitEnded);
  CHECK(v.state.display == DisplayOptions{});
  CHECK_FALSE(v.state.display_panel_open);
}

TEST_CASE("the still-there countdown is at least 20 seconds by default") {
  CHECK(VisitConfig{}.still_there_for >= 20'000);
  CHECK(kLeastStillThere == 20'000);
}

TEST_CASE("new content waits while the display panel is open") {
  Visit v;
  v.send(Command::Begin);
  CHECK(at_safe_point(v.state));
  v.send(Command::OpenDisplayPanel);
  CHECK_FALSE(at_safe_point(v.state));
}
