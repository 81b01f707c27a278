// What each screen reads aloud: the texts it shows, in the order shown.
#include "core/listen.hpp"

#include <doctest/doctest.h>

#include "support/support.hpp"

namespace kiosk {
namespace {

struct Visit {
  MemoryLibrary library = test::sample_library();
  Words words;
  VisitConfig config;
  VisitState state = start_visit(0, Random(7));

  Visit() { do_({Command::Begin, 0}); }
  void do_(Input input) { handle(state, input, 1000, library, config); }
  ScreenSpeech speech() const { return screen_speech(state, library, words); }
};

const RoundItem& shown_question(const VisitState& state) {
  return state.round.items[static_cast<std::size_t>(state.round.current)];
}

}  // namespace

TEST_CASE("a card reads its title, date, text, key quote and speaker, in that order") {
  Visit v;
  Card card = *v.library.card(0);
  card.quote = CardQuote{"We will manage.", "A. Speaker, President", ""};
  v.library = MemoryLibrary(v.library.meta(), {card}, {}, {});
  v.do_({Command::OpenBriefings, 0});
  const ScreenSpeech s = v.speech();
  CHECK(s.id == "card1");
  CHECK(s.playlist == Playlist{"en",
                               {card.title, card.date_label, card.body, "We will manage.",
                                "A. Speaker, President"}});
}

TEST_CASE("a card leaves out the fields it does not have") {
  Visit v;
  Card card = *v.library.card(0);
  card.date_label = "";
  v.library = MemoryLibrary(v.library.meta(), {card}, {}, {});
  v.do_({Command::OpenBriefings, 0});
  CHECK(v.speech().playlist.texts == std::vector<std::string>{card.title, card.body});
}

TEST_CASE("a question reads its prompt, then each choice's letter and text in the order shown") {
  Visit v;
  v.do_({Command::OpenQuiz, 0});
  REQUIRE(v.state.screen == Screen::Question);
  const RoundItem& item = shown_question(v.state);
  std::vector<std::string> expected{item.question.prompt};
  const char* letters[] = {"A", "B", "C", "D", "E", "F"};
  for (std::size_t i = 0; i < item.shown.size(); ++i) {
    expected.emplace_back(letters[i]);
    expected.push_back(item.shown[i].text);
  }
  const ScreenSpeech s = v.speech();
  CHECK(s.id == item.question.key);
  CHECK(s.playlist.texts == expected);
}

TEST_CASE("feedback reads the verdict in plain words, then the explanation") {
  Visit v;
  v.do_({Command::OpenQuiz, 0});
  const RoundItem& item = shown_question(v.state);
  const int right = correct_choice(item);
  v.do_({Command::Choose, right == 0 ? 1 : 0});
  REQUIRE(v.state.screen == Screen::Feedback);
  CHECK(v.speech().playlist.texts ==
        std::vector<std::string>{"Not quite.", shown_question(v.state).question.explanation});

  Visit w;
  w.do_({Command::OpenQuiz, 0});
  w.do_({Command::Choose, correct_choice(shown_question(w.state))});
  CHECK(w.speech().playlist.texts.front() == "Correct!");
}

TEST_CASE("results read the score as the screen shows it, and its praise") {
  Visit v;
  v.do_({Command::OpenQuiz, 0});
  while (v.state.screen != Screen::Results) {
    if (v.state.screen == Screen::Question) {
      v.do_({Command::Choose, correct_choice(shown_question(v.state))});
    } else {
      v.do_({Command::NextQuestion, 0});
    }
  }
  const ScreenSpeech s = v.speech();
  CHECK(s.id == "results");
  CHECK(s.playlist.texts == std::vector<std::string>{"You scored", "5 of 5", "Perfect score!"});
}

TEST_CASE("screens without text to read give an empty playlist") {
  Visit v;
  CHECK(v.state.screen == Screen::Home);
  CHECK(v.speech().playlist.texts.empty());
  v.do_({Command::OpenTimeline, 0});
  CHECK(v.speech().playlist.texts.empty());
}

TEST_CASE("a playlist has speech when one of its texts has a clip in the shown language") {
  MemoryLibrary library = test::sample_library();
  const Playlist playlist{"en", {"Card 1", "Card 2"}};
  CHECK_FALSE(has_speech(playlist, library));
  library.add_speech("ru", "Card 2", SpeechClip{{1, 2, 3}, 1.0});
  CHECK_FALSE(has_speech(playlist, library));
  library.add_speech("en", "Card 2", SpeechClip{{1, 2, 3}, 1.0});
  CHECK(has_speech(playlist, library));
  CHECK(library.clips_loaded() == 0);  // asked whether, never loaded
  CHECK(library.speech("en", "Card 2")->ogg_opus == std::vector<std::uint8_t>{1, 2, 3});
}

TEST_CASE("the speech place moves with the card, the question and the screen, not a page turn") {
  Visit v;
  v.do_({Command::OpenBriefings, 0});
  const SpeechPlace first_card = speech_place(v.state, &v.library);
  CHECK(first_card.card == v.state.card);
  CHECK(first_card.language == v.library.meta().language);
  v.do_({Command::NextPage, 0});
  v.do_({Command::OpenDisplayPanel, 0});
  CHECK(speech_place(v.state, &v.library) == first_card);
  v.do_({Command::CloseDisplayPanel, 0});
  v.do_({Command::NextCard, 0});
  CHECK_FALSE(speech_place(v.state, &v.library) == first_card);
  CHECK_FALSE(speech_place(v.state, nullptr) == speech_place(v.state, &v.library));

  v.do_({Command::GoHome, 0});
  v.do_({Command::OpenQuiz, 0});
  const SpeechPlace question = speech_place(v.state, &v.library);
  CHECK(question.question == 0);
  CHECK(question.card == -1);
  v.do_({Command::Choose, 0});
  CHECK_FALSE(speech_place(v.state, &v.library) == question);  // feedback reads the verdict
  v.do_({Command::NextQuestion, 0});
  CHECK(speech_place(v.state, &v.library).question == 1);
}

TEST_CASE("Listen is a command of the reading screens only") {
  Visit v;
  CHECK(handle(v.state, {Command::Listen, 0}, 1000, v.library, v.config) == Outcome::Ignored);
  v.do_({Command::OpenBriefings, 0});
  CHECK(handle(v.state, {Command::Listen, 0}, 1000, v.library, v.config) == Outcome::ListenPressed);
}

}  // namespace kiosk
