// Whole visits, headless: scripted touches and keys, the trace, and the pixels on screen.
#include <doctest/doctest.h>

#include <algorithm>

#include "ui/ui_support.hpp"

using namespace kiosk;

TEST_CASE("a whole visit: attract, cards, a quiz round, results, idle, back to attract") {
  test::MemoryContent content(test::answerable_library());
  const test::AppRun run = test::run_script(
      "press Touch to begin\n"
      "press Briefings\n"
      "swipe 700 240 100 240\n"
      "key Left\n"
      "press Next \u203A\n"
      "key Escape\n"
      "press Quiz\n"
      "press The right one\n"
      "press Next question \u203A\n"
      "press The right one\n"
      "press Next question \u203A\n"
      "press The right one\n"
      "press Next question \u203A\n"
      "press The right one\n"
      "press Next question \u203A\n"
      "press The right one\n"
      "press See my score \u203A\n"
      "wait 61000\n"
      "wait 20000\n",
      content);
  CHECK(run.exit == ui::AppExit::Ok);
  CHECK(run.err.empty());
  std::vector<std::string> expected{"content loaded test-1",
                                    "screen attract",
                                    "screen home",
                                    "screen cards",
                                    "card 1",
                                    "card 2",
                                    "card 1",
                                    "card 2",
                                    "screen home",
                                    "screen question"};
  for (int i = 0; i < 5; ++i) {
    expected.emplace_back("answer q");  // prefix; the id depends on the draw
    expected.emplace_back("screen feedback");
    expected.emplace_back(i < 4 ? "screen question" : "screen results");
  }
  expected.insert(expected.end(), {"idle still-there", "idle visit-ended", "screen attract"});
  REQUIRE(run.trace.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    if (expected[i] == "answer q") {
      CHECK(run.trace[i].starts_with("answer q"));
      CHECK(run.trace[i].ends_with(" correct"));
    } else {
      CHECK(run.trace[i] == expected[i]);
    }
  }
}

TEST_CASE("choosing the right answer turns it the success colour") {
  test::TempDir dir;
  test::MemoryContent content(test::answerable_library());
  const test::AppRun run =
      test::run_script("press Touch to begin\npress Quiz\nscreenshot " + dir.file("question.png") +
                           "\npress The right one\nscreenshot " + dir.file("right.png") + "\n",
                       content);
  REQUIRE(run.exit == ui::AppExit::Ok);
  CHECK(test::count_pixels(dir.file("question.png"), Colour::Success) == 0);
  CHECK(test::count_pixels(dir.file("right.png"), Colour::Success) > 5000);
  CHECK(test::count_pixels(dir.file("right.png"), Colour::Danger) == 0);
}

TEST_CASE("a wrong answer turns red and the right one is still shown in green") {
  test::TempDir dir;
  test::MemoryContent content(test::answerable_library());
  const test::AppRun run = test::run_script(
      "press Touch to begin\npress Quiz\npress Wrong A\nscreenshot " + dir.file("wrong.png") + "\n",
      content);
  REQUIRE(run.exit == ui::AppExit::Ok);
  CHECK(run.trace.back() == "screen feedback");
  CHECK(run.trace[run.trace.size() - 2].ends_with(" wrong"));
  CHECK(test::count_pixels(dir.file("wrong.png"), Colour::Danger) > 5000);
  CHECK(test::count_pixels(dir.file("wrong.png"), Colour::Success) > 5000);
}

TEST_CASE("keys drive a visit: any key begins, digits answer, Escape goes back") {
  test::MemoryContent content(test::answerable_library());
  // Space begins; Right moves the focus onto Briefings, Return opens it; Escape twice goes
  // back to home, then attract; then Down, Down focuses Quiz and 1 answers.
  const test::AppRun run = test::run_script(
      "key Space\nkey Right\nkey Return\nkey Escape\nkey Escape\n"
      "key Space\nkey Down\nkey Down\nkey Return\nkey 1\n",
      content);
  REQUIRE(run.exit == ui::AppExit::Ok);
  REQUIRE(run.trace.size() >= 10);
  const std::vector<std::string> start(run.trace.begin(), run.trace.begin() + 9);
  CHECK(start == std::vector<std::string>{"content loaded test-1", "screen attract", "screen home",
                                          "screen cards", "card 1", "screen home", "screen attract",
                                          "screen home", "screen question"});
  CHECK(run.trace[9].starts_with("answer q"));
  CHECK(run.trace.back() == "screen feedback");
}

TEST_CASE("the quit key combination ends the kiosk and nothing after it runs") {
  test::MemoryContent content(test::answerable_library());
  const test::AppRun run = test::run_script("key ctrl+alt+q\npress Touch to begin\n", content);
  CHECK(run.exit == ui::AppExit::Ok);
  CHECK_FALSE(run.traced("screen home"));
}

TEST_CASE("a lone Q or Escape does not quit") {
  test::MemoryContent content(test::answerable_library());
  const test::AppRun run = test::run_script("key q\nkey Escape\npress Touch to begin\n", content);
  CHECK(run.traced("screen home"));
}

TEST_CASE("a touch during the still-there prompt keeps the visit and does nothing else") {
  test::MemoryContent content(test::answerable_library());
  const test::AppRun run = test::run_script(
      "press Touch to begin\npress Briefings\nwait 60500\ntap 700 440\nwait 9000\n", content);
  CHECK(run.traced("idle still-there"));
  CHECK(run.traced("idle still-here"));
  CHECK_FALSE(run.traced("card 2"));  // the tap on "Next" only dismissed the prompt
  CHECK(run.trace.back() == "idle still-here");
}

TEST_CASE("pressing a button that is not on screen fails the script with the buttons there") {
  test::MemoryContent content(test::answerable_library());
  const test::AppRun run = test::run_script("press Quiz\n", content);
  CHECK(run.exit == ui::AppExit::ScriptFailed);
  CHECK(run.err.find(
            "script line 1: no button 'Quiz' on the attract screen (buttons: 'Touch to begin')") !=
        std::string::npos);
}

TEST_CASE("a malformed script is refused before anything starts") {
  test::MemoryContent content(test::answerable_library());
  const test::AppRun run = test::run_script("wait soon\n", content);
  CHECK(run.exit == ui::AppExit::CannotStart);
  CHECK(run.err.find(":1: 'soon' is not a non-negative whole number") != std::string::npos);
  CHECK(run.trace.empty());
}

TEST_CASE("a screenshot is written on exit") {
  test::TempDir dir;
  test::MemoryContent content(test::answerable_library());
  ui::AppOptions options = test::headless_options({720, 1280});
  options.screenshot_path = dir.file("last.png");
  test::run_script("press Touch to begin\n", content, options);
  SDL_Surface* s = IMG_Load(dir.file("last.png").c_str());
  REQUIRE(s != nullptr);
  CHECK(s->w == 720);
  CHECK(s->h == 1280);
  SDL_FreeSurface(s);
}

TEST_CASE("fonts that cannot be found stop the kiosk with a clear message") {
  test::TempDir dir;
  test::MemoryContent content(test::answerable_library());
  ui::AppOptions options = test::headless_options();
  options.fonts_dir = dir.path().string();
  const test::AppRun run = test::run_script("quit\n", content, options);
  CHECK(run.exit == ui::AppExit::CannotStart);
  CHECK(run.err.find("no fonts in '" + dir.path().string() + "'") != std::string::npos);
}

// ---- A quiz that teaches, pressed through the real front end by its labels.

namespace {

// True when `expected` appear in `trace` in this order (other lines may come between).
bool traced_in_order(const std::vector<std::string>& trace,
                     const std::vector<std::string>& expected) {
  auto at = trace.begin();
  for (const std::string& line : expected) {
    at = std::find(at, trace.end(), line);
    if (at == trace.end()) return false;
    ++at;
  }
  return true;
}

}  // namespace

TEST_CASE("the timeline opens the pressed card, Escape returns to it, and the trace says so") {
  for (const Size size : {Size{800, 480}, Size{720, 1280}}) {
    test::MemoryContent content(test::answerable_library());
    const test::AppRun run = test::run_script(
        "press Touch to begin\npress Timeline\npress Card 2\nkey Escape\nkey Escape\n", content,
        test::headless_options(size));
    CHECK(run.exit == ui::AppExit::Ok);
    CHECK(run.err.empty());
    CHECK(run.trace == std::vector<std::string>{"content loaded test-1", "screen attract",
                                                "screen home", "screen timeline", "screen cards",
                                                "card 2", "screen timeline", "screen home"});
  }
}

TEST_CASE("Read the card, Try the ones I missed and Quiz me on this, pressed by their labels") {
  for (const Size size : {Size{800, 480}, Size{720, 1280}}) {
    CAPTURE(size.w);
    test::MemoryContent content(test::answerable_library());
    const test::AppRun run = test::run_script(
        "press Touch to begin\npress Quiz\npress Wrong A\npress Read the card\nkey Escape\n"
        "press Next question \u203A\npress The right one\npress Next question \u203A\n"
        "press The right one\npress Next question \u203A\npress The right one\n"
        "press Next question \u203A\npress The right one\npress See my score \u203A\n"
        "press Try the ones I missed\npress The right one\npress See my score \u203A\n"
        "press Home\npress Briefings\npress Quiz me on this\n",
        content, test::headless_options(size));
    CHECK(run.exit == ui::AppExit::Ok);
    CHECK(run.err.empty());
    CHECK(traced_in_order(
        run.trace, {"screen question", "screen feedback", "screen cards", "screen feedback",
                    "screen question", "screen results", "screen question", "screen feedback",
                    "screen results", "screen home", "screen cards", "card 1", "screen question"}));
  }
}
