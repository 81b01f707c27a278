// Choosing a language in the whole front end: the buttons, the trace, every text at once, and
// the return to the kiosk's default when the visit ends. Headless, on the simulated clock.
#include <doctest/doctest.h>

#include "ui_support.hpp"

using namespace kiosk;

namespace {

// The answerable library in English, Russian and Belarusian, with some Russian interface texts.
test::MemoryContent trilingual() {
  MemoryLibrary library = test::answerable_library();
  library.add_languages({{"en", "English"}, {"ru", "Русский"}, {"be", "Беларуская"}},
                        {{"ru", {{"briefings", "", "Справки"}, {"quiz", "", "Викторина"}}},
                         {"be", {{"briefings", "", "Даведкі"}}}});
  return test::MemoryContent(std::move(library));
}

}  // namespace

TEST_CASE("a language button on the attract screen switches every text and begins the visit") {
  test::MemoryContent content = trilingual();
  const test::AppRun run = test::run_script("press Русский\npress Справки\n", content);
  REQUIRE_MESSAGE(run.exit == ui::AppExit::Ok, run.err);
  const std::vector<std::string> tail(run.trace.end() - 4, run.trace.end());
  CHECK(tail == std::vector<std::string>{"language ru", "screen home", "screen cards", "card 1"});
}

TEST_CASE("the visit's end returns to the default language, and the trace says so") {
  test::MemoryContent content = trilingual();
  const test::AppRun run = test::run_script(
      "press Touch to begin\npress Беларуская\npress Даведкі\nwait 85000\n", content);
  REQUIRE_MESSAGE(run.exit == ui::AppExit::Ok, run.err);
  CHECK(run.traced("language be"));
  const auto ended = std::find(run.trace.begin(), run.trace.end(), "idle visit-ended");
  REQUIRE(ended != run.trace.end());
  CHECK(std::find(ended, run.trace.end(), "language en") != run.trace.end());
  CHECK(run.trace.back() == "screen attract");
}

TEST_CASE("the language setting chooses a new visit's language; a visit may change it") {
  test::MemoryContent content = trilingual();
  ui::AppOptions options = test::headless_options();
  options.language = "ru";
  const test::AppRun run = test::run_script(
      "press Touch to begin\npress Викторина\nkey Escape\npress English\npress Quiz\n"
      "wait 85000\n",
      content, options);
  REQUIRE_MESSAGE(run.exit == ui::AppExit::Ok, run.err);
  // The start in Russian is not a change; choosing English is.
  const auto english = std::find(run.trace.begin(), run.trace.end(), "language en");
  REQUIRE(english != run.trace.end());
  CHECK(std::find(run.trace.begin(), english, "language ru") == english);
  // The visit's end returns to the setting, not to the content's default.
  CHECK(run.trace[run.trace.size() - 2] == "language ru");
}

TEST_CASE("a language setting the content does not offer falls back to the content's default") {
  test::MemoryContent content = trilingual();
  ui::AppOptions options = test::headless_options();
  options.language = "de";
  const test::AppRun run = test::run_script("press Touch to begin\npress Quiz\n", content, options);
  REQUIRE_MESSAGE(run.exit == ui::AppExit::Ok, run.err);
  CHECK(run.trace.back() == "screen question");
}

TEST_CASE("a script names a button by its interface key and finds it in any language") {
  test::MemoryContent content = trilingual();
  const test::AppRun run =
      test::run_script("press Русский\npress {briefings}\nkey Escape\npress {quiz}\n", content);
  REQUIRE_MESSAGE(run.exit == ui::AppExit::Ok, run.err);
  CHECK(run.traced("screen cards"));
  CHECK(run.trace.back() == "screen question");
}

TEST_CASE("a script naming an unknown key reports it like any missing button") {
  test::MemoryContent content = trilingual();
  const test::AppRun run = test::run_script("press {no_such_key}\n", content);
  CHECK(run.exit == ui::AppExit::ScriptFailed);
  CHECK(run.err.find("no button '{no_such_key}'") != std::string::npos);
}

TEST_CASE("without content and with a language setting the kiosk shows its calm screen") {
  test::TempDir dir;
  ui::AppOptions options = test::headless_options();
  options.language = "be";
  options.screenshot_path = dir.file("unavailable.png");
  class Nothing final : public ContentProvider {
   public:
    ContentLoad load() override { return ContentLoad::rejected("no file"); }
  } nothing;
  const test::AppRun run = test::run_script("wait 100\n", nothing, options);
  REQUIRE(run.exit == ui::AppExit::Ok);
  CHECK(run.trace.back() == "screen unavailable");
}
