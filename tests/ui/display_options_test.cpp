// The visitor's display options through the whole front end: the trace, the reset at a visit's
// end, what the screen shows in high contrast and with larger text, and no slides for reduced
// motion.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "ui/ui_support.hpp"

using namespace kiosk;

namespace {

// Opens the Aa panel from home, turns on each option named (their labels), and closes it.
std::string turn_on(std::initializer_list<const char*> labels) {
  std::string script = "press Touch to begin\npress Aa\n";
  for (const char* label : labels) script += std::string("press ") + label + "\n";
  return script + "press Done\n";
}

// How many frames of a slide the kiosk drew, from its measurements.
int animation_frames(const std::string& json) {
  int count = 0;
  for (std::size_t at = json.find(",1]"); at != std::string::npos; at = json.find(",1]", at + 1))
    ++count;
  return count;
}

// Runs `script` on the sample content and saves the last frame as `name` in `dir`; its path.
std::string screenshot(const test::TempDir& dir, const std::string& script,
                       const std::string& name) {
  test::MemoryContent content(test::sample_library());
  ui::AppOptions options = test::headless_options();
  options.screenshot_path = dir.file(name);
  test::run_script(script, content, options);
  return dir.file(name);
}

}  // namespace

TEST_CASE("the trace names each display option turned on, and each turned off at the visit's end") {
  test::MemoryContent content(test::sample_library());
  const test::AppRun run = test::run_script(
      turn_on({"Larger text", "High contrast", "Reduce motion"}) + "wait 61000\nwait 20000\n",
      content);
  REQUIRE(run.exit == ui::AppExit::Ok);
  CHECK(run.err.empty());
  const auto at = [&](const std::string& line) {
    return std::find(run.trace.begin(), run.trace.end(), line) - run.trace.begin();
  };
  CHECK(run.traced("setting large-text on"));
  CHECK(run.traced("setting high-contrast on"));
  CHECK(run.traced("setting reduce-motion on"));
  CHECK(at("setting large-text on") < at("setting high-contrast on"));
  // The visit ends: every option goes back off, and the trace says so.
  CHECK(at("idle visit-ended") < at("setting large-text off"));
  CHECK(run.traced("setting high-contrast off"));
  CHECK(run.traced("setting reduce-motion off"));
}

TEST_CASE("turning an option on and off again traces both") {
  test::MemoryContent content(test::sample_library());
  const test::AppRun run = test::run_script(turn_on({"High contrast", "High contrast"}), content);
  CHECK(run.traced("setting high-contrast on"));
  CHECK(run.traced("setting high-contrast off"));
}

TEST_CASE("high contrast draws the page black and its buttons outlined in white") {
  test::TempDir dir;
  const std::string standard = screenshot(dir, "press Touch to begin\npress Quiz\n", "s.png");
  const std::string high = screenshot(dir, turn_on({"High contrast"}) + "press Quiz\n", "h.png");
  CHECK(test::count_pixels(high, Colour::Background, Contrast::High) > 100'000);
  CHECK(test::count_pixels(standard, Colour::Background, Contrast::High) < 1'000);
  // The white outlines of the Home, Aa and answer buttons.
  CHECK(test::count_pixels(high, Colour::Text, Contrast::High) >
        test::count_pixels(standard, Colour::Text, Contrast::High) + 2'000);
}

TEST_CASE("larger text draws the same screen's words larger") {
  test::TempDir dir;
  const std::string standard = screenshot(dir, "press Touch to begin\npress Briefings\n", "s.png");
  const std::string large =
      screenshot(dir, turn_on({"Larger text"}) + "press Briefings\n", "l.png");
  // More of the screen is ink: the same words, larger (a card's first page).
  CHECK(test::count_pixels(large, Colour::Text) >
        test::count_pixels(standard, Colour::Text) * 5 / 4);
}

TEST_CASE("with reduced motion nothing slides; without it, changes of screen do") {
  // Real time, where slides run. Both visits begin alike (the slide from attract to home comes
  // before the panel can be opened) and set the option; one turns it off again.
  test::TempDir dir;
  test::MemoryContent content(test::sample_library());
  ui::AppOptions options = test::headless_options();
  options.clock = ui::ClockMode::RealTime;
  options.transition_ms = 150;
  const std::string walk = "press Briefings\nwait 300\nkey Right\nwait 300\nkey Escape\nwait 300\n";
  options.measure_path = dir.file("full.json");
  test::run_script(turn_on({"Reduce motion", "Reduce motion"}) + walk, content, options);
  options.measure_path = dir.file("reduced.json");
  test::run_script(turn_on({"Reduce motion"}) + walk, content, options);
  const auto read = [&](const std::string& name) {
    std::ifstream in(dir.file(name));
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  };
  // Three slides of 150 ms in the walk: at least a few frames each, however loaded the machine.
  CHECK(animation_frames(read("full.json")) >= animation_frames(read("reduced.json")) + 6);
}

TEST_CASE("still-there waits the configured time, and I need more time keeps the visit") {
  test::MemoryContent content(test::sample_library());
  ui::AppOptions options = test::headless_options();
  options.visit.still_there_for = 30'000;
  const test::AppRun kept = test::run_script(
      "press Touch to begin\nwait 61000\nwait 28000\npress I need more time\n", content, options);
  CHECK(kept.traced("idle still-there"));
  CHECK(kept.traced("idle still-here"));
  CHECK_FALSE(kept.traced("idle visit-ended"));
  const test::AppRun ended =
      test::run_script("press Touch to begin\nwait 61000\nwait 30000\n", content, options);
  CHECK(ended.traced("idle visit-ended"));
}
