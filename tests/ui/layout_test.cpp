// Every screen with the real fonts at every supported size: on screen, touchable, no text
// wider than its place. Hostile strings are drawn without crashing.
#include <doctest/doctest.h>

#include <fstream>

#include "core/screens/scene_invariants.hpp"
#include "ui/fonts.hpp"
#include "ui/ui_support.hpp"

using namespace kiosk;

namespace {

struct TtfSession {
  TtfSession() { REQUIRE(TTF_Init() == 0); }
  ~TtfSession() { TTF_Quit(); }
};

}  // namespace

TEST_CASE("every screen is laid out right with the real fonts at every supported size") {
  TtfSession ttf;
  const MemoryLibrary library = test::sample_library();
  const ui::FontFiles files = ui::find_fonts("");
  for (const TextSize text : test::kTextSizes) {
    for (const Size size : test::kScreenSizes) {
      const ui::FontSet fonts(files, Metrics(size, text));
      for (const test::NamedState& s : test::with_text_size(test::every_screen(library), text)) {
        CAPTURE(s.name);
        CAPTURE(size.w);
        CAPTURE(size.h);
        CAPTURE(static_cast<int>(text));
        const Scene scene =
            build_scene({s.state, &library, s.still_there_seconds, 5, {}}, size, fonts);
        test::check_scene(scene, fonts);
      }
    }
  }
}

// Runs `check` once for each language the bundled content offers and each text size a visitor
// can choose, with the library showing that language and the kiosk's words in it.
template <typename Check>
void in_every_language(ContentLibrary& library, Check check) {
  const std::vector<LanguageChoice> languages = library.languages();
  REQUIRE_FALSE(languages.empty());
  for (const LanguageChoice& language : languages) {
    CAPTURE(language.code);
    library.set_language(language.code);
    REQUIRE(library.meta().language == language.code);
    const Words words(library, language.code, library.meta().default_language);
    for (const TextSize text : test::kTextSizes) {
      CAPTURE(static_cast<int>(text));
      check(words, text);
    }
  }
}

TEST_CASE("every screen of the bundled content fits every supported size in every language") {
  TtfSession ttf;
  const std::unique_ptr<ContentLibrary> library = test::open_bundled();
  REQUIRE(library);
  const ui::FontFiles files = ui::find_fonts("");
  in_every_language(*library, [&](const Words& words, TextSize text) {
    for (const Size size : test::kScreenSizes) {
      CAPTURE(size.w);
      CAPTURE(size.h);
      const ui::FontSet fonts(files, Metrics(size, text));
      for (const test::NamedState& s : test::with_text_size(test::every_screen(*library), text)) {
        CAPTURE(s.name);
        // With and without the Listen button, which speech in the file would show.
        for (const ListenButton listen : {ListenButton::Hidden, ListenButton::Ready}) {
          SceneContext context{s.state, library.get(), s.still_there_seconds, 5, {}};
          context.words = &words;
          context.listen = listen;
          const Scene scene = build_scene(context, size, fonts);
          test::check_scene(scene, fonts);
          // Every reading screen shows Listen when it has speech, even where the bar at
          // the foot of a portrait card is full (it moves to the title strip).
          const Screen shown = s.state.screen;
          const bool reads = shown == Screen::Cards || shown == Screen::Question ||
                             shown == Screen::Feedback || shown == Screen::Results;
          // No text runs under Listen but its own label (the bar's title kept clear of it).
          if (!s.state.display_panel_open && !s.state.staff_since && !s.state.still_there_since) {
            for (const Widget& line : scene.widgets) {
              if (line.kind != WidgetKind::Text) continue;
              for (const Widget& button : scene.widgets) {
                if (button.kind != WidgetKind::Button || button.input.command != Command::Listen) {
                  continue;
                }
                const Rect& a = line.rect;
                const Rect& b = button.rect;
                const bool meets =
                    a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
                const bool inside =
                    a.x >= b.x && a.right() <= b.right() && a.y >= b.y && a.bottom() <= b.bottom();
                CAPTURE(line.text);
                CAPTURE(button.text);
                CHECK((!meets || inside));
              }
            }
          }
          if (listen == ListenButton::Ready && reads && !s.state.display_panel_open &&
              !s.state.staff_since && !s.state.still_there_since) {
            const auto buttons = focusable_buttons(scene);
            CHECK(std::any_of(buttons.begin(), buttons.end(),
                              [](const Widget* b) { return b->input.command == Command::Listen; }));
          }
        }
      }
    }
  });
}

TEST_CASE("the bundled content's cards fit every supported size in every language") {
  TtfSession ttf;
  // Read through the real store so the test sees exactly what the kiosk would.
  const std::unique_ptr<ContentLibrary> library = test::open_bundled();
  REQUIRE(library);
  const ui::FontFiles files = ui::find_fonts("");
  in_every_language(*library, [&](const Words& words, TextSize text) {
    for (const Size size : test::kScreenSizes) {
      const ui::FontSet fonts(files, Metrics(size, text));
      VisitState s = start_visit(0, Random(1));
      s.display.text = text;
      s.screen = Screen::Cards;
      for (int card = 0; card < library->card_count(); ++card) {
        s.card = card;
        for (s.page = 0; s.page < 6; ++s.page) {
          SceneContext context{s, library.get(), 0, 5, {}};
          context.words = &words;
          const Scene scene = build_scene(context, size, fonts);
          test::check_scene(scene, fonts);
          if (s.page + 1 >= scene.page_count) break;
        }
      }
    }
  });
}

TEST_CASE("the bundled timeline and every question's feedback fit every size in every language") {
  TtfSession ttf;
  const std::unique_ptr<ContentLibrary> library = test::open_bundled();
  REQUIRE(library);
  const ui::FontFiles files = ui::find_fonts("");
  in_every_language(*library, [&](const Words& words, TextSize text) {
    for (const Size size : test::kScreenSizes) {
      CAPTURE(size.w);
      CAPTURE(size.h);
      const ui::FontSet fonts(files, Metrics(size, text));
      VisitState s = start_visit(0, Random(1));
      s.display.text = text;
      s.screen = Screen::Timeline;
      for (s.page = 0; s.page < 6; ++s.page) {
        SceneContext context{s, library.get(), 0, 5, {}};
        context.words = &words;
        const Scene scene = build_scene(context, size, fonts);
        test::check_scene(scene, fonts);
        if (s.page + 1 >= scene.page_count) break;
      }
      for (const Screen screen : {Screen::Question, Screen::Feedback}) {
        s.screen = screen;
        s.page = 0;
        for (int i = 0; i < library->question_count(); ++i) {
          Random random(static_cast<std::uint64_t>(i));
          const Question q = *library->question(i);
          CAPTURE(q.key);
          s.round.items = {RoundItem{i, q, draw_choices(q, random), 0, false}};
          SceneContext context{s, library.get(), 0, 5, {}};
          context.words = &words;
          test::check_scene(build_scene(context, size, fonts), fonts);
        }
      }
    }
  });
}

TEST_CASE("hostile strings as card, question and answer text are drawn without crashing") {
  const std::string dir = test::testdata_dir_or_skip();
  if (dir.empty()) return;
  std::ifstream in(dir + "/blns.txt");
  std::vector<std::string> strings;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') strings.push_back(line);
  }
  REQUIRE(strings.size() > 100);
  std::vector<Card> cards;
  std::vector<Question> questions;
  for (std::size_t i = 0; i + 4 < strings.size(); i += 5) {
    Card c{"k",
           strings[i],
           strings[i + 1],
           strings[i + 2],
           strings[i + 3] + "\n\n" + strings[i + 4],
           CardQuote{strings[i + 2], strings[i], strings[i + 4]},
           {strings[i + 1]},
           {strings[i + 3]},
           std::nullopt,
           DateInference::Stated,
           strings[i + 1]};
    cards.push_back(c);
    Question q;
    q.id = static_cast<std::int64_t>(questions.size() + 1);
    q.prompt = strings[i];
    q.explanation = strings[i + 1];
    q.sources = {strings[i + 2]};
    q.card = static_cast<int>(cards.size()) - 1;
    q.choices = {{"The right one", true},
                 {strings[i + 3], false},
                 {strings[i + 4], false},
                 {strings[i + 2] + " ", false}};
    questions.push_back(q);
  }
  test::MemoryContent content(
      MemoryLibrary({strings[0], strings[1], "x", "", "en", "en"}, cards, questions, strings));
  // Walk every card and a few rounds; the run must end normally.
  std::string script = "press Touch to begin\npress Briefings\n";
  for (std::size_t i = 0; i < cards.size(); ++i) script += "key Right\nkey Right\n";
  script += "key Escape\npress Timeline\n";
  for (std::size_t i = 0; i < cards.size(); i += 4) script += "key Right\n";
  script += "key Escape\n";
  for (int round = 0; round < 4; ++round) {
    script += "press Quiz\npress The right one\n";
    script += "press Read the card\nkey Right\nkey Escape\nkey Return\n";  // a card, and back
    for (int q = 1; q < 5; ++q) script += "press The right one\nkey Return\n";
    script += "press Home\n";
  }
  for (const Size size : test::kScreenSizes) {
    CAPTURE(size.w);
    const test::AppRun run = test::run_script(script, content, test::headless_options(size));
    CHECK(run.exit == ui::AppExit::Ok);
    CHECK(run.err.empty());
  }
}
