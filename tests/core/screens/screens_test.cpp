// Every screen at every supported size, built with a fake measurer.
#include "core/screens/screens.hpp"

#include <doctest/doctest.h>

#include "core/keyboard.hpp"
#include "core/screens/scene_invariants.hpp"

using namespace kiosk;

namespace {

Scene build(const test::NamedState& s, const ContentLibrary* library, Size size) {
  const test::FakeMetrics text;
  return build_scene({s.state, library, s.still_there_seconds, 5, {}}, size, text);
}

}  // namespace

TEST_CASE("every screen fits, is touchable and keeps its text inside at every screen size") {
  const MemoryLibrary library = test::sample_library();
  const test::FakeMetrics text;
  for (const Size size : test::kScreenSizes) {
    for (const test::NamedState& s : test::every_screen(library)) {
      CAPTURE(s.name);
      CAPTURE(size.w);
      CAPTURE(size.h);
      test::check_scene(build(s, &library, size), text);
    }
  }
}

TEST_CASE("each screen offers the buttons a visitor needs") {
  const MemoryLibrary library = test::sample_library();
  const auto states = test::every_screen(library);
  const auto buttons = [&](const std::string& name) {
    for (const auto& s : states) {
      if (s.name == name) return focusable_buttons(build(s, &library, {800, 480}));
    }
    return std::vector<const Widget*>{};
  };
  CHECK(build(states[0], &library, {800, 480}).widgets.size() > 3);
  const Scene home = build(states[1], &library, {800, 480});
  REQUIRE(find_button(home, "Briefings"));
  CHECK(find_button(home, "Briefings")->input.command == Command::OpenBriefings);
  CHECK(find_button(home, "Quiz")->input.command == Command::OpenQuiz);
  CHECK(find_button(home, "Timeline")->input.command == Command::OpenTimeline);
  CHECK(buttons("question").size() == 6);          // Home, Aa and four answers
  CHECK(buttons("feedback (wrong)").size() == 4);  // Home, Aa, Read the card and Next
  CHECK(buttons("unavailable").empty());
}

TEST_CASE("the cards screen names the card's sources and its place in the timeline") {
  const MemoryLibrary library = test::sample_library(12, 3);
  const auto states = test::every_screen(library);
  const Scene cards = build(states[2], &library, {800, 480});
  const std::string text = visible_text(cards);
  CHECK(text.find("Card 1") != std::string::npos);
  CHECK(text.find("TASS, April 11, 2024") != std::string::npos);
  CHECK(text.find("1 / 3") != std::string::npos);
  CHECK(cards.on_next == Input{Command::NextCard, 0});
  CHECK(find_button(cards, "Next \u203A"));
  CHECK_FALSE(find_button(cards, "\u2039 Previous"));  // nothing before the first card
}

TEST_CASE("a card too long for one screen is paged, and the next button turns the page") {
  Card card;
  card.title = "Long";
  card.date_label = "April 11, 2024";
  for (int i = 0; i < 12; ++i) card.body += "A paragraph that goes on for a while.\n\n";
  const MemoryLibrary library({}, {card, card}, {}, {});
  VisitState s = start_visit(0, Random(1));
  s.screen = Screen::Cards;
  const test::FakeMetrics text;
  const Scene first = build_scene({s, &library, 0, 5, {}}, {800, 480}, text);
  CHECK(first.page_count > 1);
  CHECK(first.on_next == Input{Command::NextPage, 0});
  CHECK(visible_text(first).find("page 1 of") != std::string::npos);
  s.page = first.page_count - 1;
  const Scene last = build_scene({s, &library, 0, 5, {}}, {800, 480}, text);
  CHECK(last.on_next == Input{Command::NextCard, 0});
  CHECK(last.on_previous == Input{Command::PreviousPage, 0});
}

TEST_CASE("feedback colours the right answer and the wrong choice") {
  const MemoryLibrary library = test::sample_library();
  const auto states = test::every_screen(library);
  const test::NamedState& feedback = states[5];
  const Scene scene = build(feedback, &library, {800, 480});
  int success = 0;
  int danger = 0;
  for (const Widget& w : scene.widgets) {
    if (w.kind != WidgetKind::Box) continue;
    success += w.colour == Colour::Success ? 1 : 0;
    danger += w.colour == Colour::Danger ? 1 : 0;
  }
  CHECK(success >= 1);
  CHECK(danger >= 1);
  CHECK(visible_text(scene).find("Not quite.") != std::string::npos);
  CHECK(visible_text(scene).find("Source: TASS") != std::string::npos);
}

TEST_CASE("the idle prompt covers the screen and counts down") {
  const MemoryLibrary library = test::sample_library();
  const auto states = test::every_screen(library);
  const Scene scene = build(states[3], &library, {800, 480});
  CHECK(hit_test(scene, {5, 5}) == Input{Command::StillHere, 0});
  CHECK(visible_text(scene).find("Starting over in 7 seconds") != std::string::npos);
}

TEST_CASE("without content the unavailable screen shows, calmly, with nothing to press") {
  VisitState s = start_visit(0, Random(1));
  const test::FakeMetrics text;
  const Scene scene = build_scene({s, nullptr, 0, 5, {}}, {800, 480}, text);
  CHECK(scene.screen == Screen::Unavailable);
  CHECK(visible_text(scene).find("Content unavailable") != std::string::npos);
  CHECK(focusable_buttons(scene).empty());
}

TEST_CASE("keyboard focus is drawn on the focused button only") {
  const MemoryLibrary library = test::sample_library();
  auto states = test::every_screen(library);
  states[4].state.focus = 2;
  const Scene scene = build(states[4], &library, {800, 480});
  const auto buttons = focusable_buttons(scene);
  for (std::size_t i = 0; i < buttons.size(); ++i) CHECK(buttons[i]->focused == (i == 2));
}

TEST_CASE("Escape closes the staff panel over every screen, attract and unavailable included") {
  const MemoryLibrary library = test::sample_library();
  for (test::NamedState s : test::every_screen(library)) {
    CAPTURE(s.name);
    s.state.staff_since = Millis{1000};
    const Scene scene = build(s, &library, {800, 480});
    CHECK(respond_to_key(scene, s.state.focus, Key::Escape).input == Input{Command::CloseStaff, 0});
  }
}

TEST_CASE("Escape does nothing on the attract screen when no panel is open") {
  const MemoryLibrary library = test::sample_library();
  const test::NamedState attract = test::every_screen(library)[0];
  REQUIRE(attract.name == "attract");
  CHECK_FALSE(respond_to_key(build(attract, &library, {800, 480}), -1, Key::Escape).input);
}

// ---- A quiz that teaches: the buttons that lead from a question to its card and back.

namespace {

Scene build_named(const MemoryLibrary& library, const std::string& name, Size size = {800, 480}) {
  for (const test::NamedState& s : test::every_screen(library)) {
    if (s.name == name) return build(s, &library, size);
  }
  FAIL("no state named " << name);
  return {};
}

}  // namespace

TEST_CASE("feedback offers Read the card, in landscape and in portrait") {
  const MemoryLibrary library = test::sample_library();
  for (const Size size : test::kScreenSizes) {
    CAPTURE(size.w);
    const Scene feedback = build_named(library, "feedback (wrong)", size);
    const Widget* read = find_button(feedback, "Read the card");
    REQUIRE(read);
    CHECK(read->input == Input{Command::ReadCard, 0});
  }
}

TEST_CASE("the card read from feedback says where Back goes, and Escape goes there") {
  const MemoryLibrary library = test::sample_library();
  const Scene card = build_named(library, "card read from feedback");
  CHECK(card.screen == Screen::Cards);
  REQUIRE(find_button(card, "\u2039 Question"));
  CHECK(find_button(card, "\u2039 Question")->input == Input{Command::Back, 0});
  CHECK(respond_to_key(card, -1, Key::Escape).input == Input{Command::Back, 0});
  CHECK_FALSE(find_button(card, "Quiz me on this"));  // a round is already under way
}

TEST_CASE("a card with questions offers Quiz me on this, and one without does not") {
  const MemoryLibrary library = test::sample_library(4, 6);  // cards 4 and 5 have none
  VisitState s = start_visit(0, Random(1));
  s.screen = Screen::Cards;
  const test::FakeMetrics text;
  s.card = 1;
  const Scene with = build_scene({s, &library, 0, 5, {}}, {800, 480}, text);
  REQUIRE(find_button(with, "Quiz me on this"));
  CHECK(find_button(with, "Quiz me on this")->input == Input{Command::QuizCard, 0});
  s.card = 5;
  const Scene without = build_scene({s, &library, 0, 5, {}}, {800, 480}, text);
  CHECK_FALSE(find_button(without, "Quiz me on this"));
}

TEST_CASE("results offer Try the ones I missed only when something was missed") {
  const MemoryLibrary library = test::sample_library();
  const Scene missed = build_named(library, "results");
  REQUIRE(find_button(missed, "Try the ones I missed"));
  CHECK(find_button(missed, "Try the ones I missed")->input == Input{Command::RetryMissed, 0});
  CHECK(find_button(missed, "Play again"));
  const Scene perfect = build_named(library, "results (nothing missed)");
  CHECK_FALSE(find_button(perfect, "Try the ones I missed"));
  CHECK(find_button(perfect, "Play again"));
  CHECK(visible_text(perfect).find("Perfect score!") != std::string::npos);
}

namespace {

MemoryLibrary trilingual_library() {
  MemoryLibrary library = test::sample_library();
  library.add_languages({{"en", "English"}, {"ru", "Русский"}, {"be", "Беларуская"}},
                        {{"ru", {{"home_ask", "", "Что вы хотите сделать?"}}}});
  return library;
}

}  // namespace

TEST_CASE("attract and home offer every language by its own name, the one shown ticked") {
  MemoryLibrary library = trilingual_library();
  library.set_language("ru");
  for (const test::NamedState& s : test::every_screen(library)) {
    if (s.name != "attract" && s.name != "home") continue;
    CAPTURE(s.name);
    const Scene scene = build(s, &library, {800, 480});
    const Widget* english = find_button(scene, "English");
    const Widget* russian = find_button(scene, "\u2713\u00A0Русский");
    const Widget* belarusian = find_button(scene, "Беларуская");
    REQUIRE(english != nullptr);
    REQUIRE(russian != nullptr);
    REQUIRE(belarusian != nullptr);
    CHECK(belarusian->input == Input{Command::ChooseLanguage, 2});
    // Side by side, within reach along the foot of the screen.
    CHECK(english->rect.y == belarusian->rect.y);
    CHECK(english->rect.y > 480 / 2);
  }
}

TEST_CASE("content in one language shows no language buttons") {
  const MemoryLibrary library = test::sample_library();
  for (const test::NamedState& s : test::every_screen(library)) {
    if (s.name != "attract" && s.name != "home") continue;
    const Scene scene = build(s, &library, {800, 480});
    for (const Widget& w : scene.widgets) CHECK(w.input.command != Command::ChooseLanguage);
  }
}

TEST_CASE("every screen is drawn in the visitor's language and fits with three languages") {
  MemoryLibrary library = trilingual_library();
  library.set_language("ru");
  const Words words(library, "ru", "en");
  const test::FakeMetrics text;
  for (const Size size : test::kScreenSizes) {
    for (const test::NamedState& s : test::every_screen(library)) {
      CAPTURE(s.name);
      SceneContext context{s.state, &library, s.still_there_seconds, 5, {}};
      context.words = &words;
      const Scene scene = build_scene(context, size, text);
      test::check_scene(scene, text);
      if (s.name == "home") {
        bool asked = false;
        for (const Widget& w : scene.widgets) asked |= w.text == "Что вы хотите сделать?";
        CHECK(asked);
      }
    }
  }
}

TEST_CASE("the unavailable screen is drawn in the words it is given") {
  const VisitState s = start_visit(0, Random(1));
  const Words belarusian("be");
  SceneContext context{s, nullptr, 0, 5, {}};
  context.words = &belarusian;
  const test::FakeMetrics text;
  const Scene scene = build_scene(context, {800, 480}, text);
  bool titled = false;
  for (const Widget& w : scene.widgets) titled |= w.text == "Матэрыялы недаступныя";
  CHECK(titled);
}
