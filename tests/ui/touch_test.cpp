// Touch as a visitor feels it, headless: pages that follow a dragging finger and settle, and
// buttons pressed under it (scripted drags at a finger's pace, on the simulated clock).
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <utility>

#include "ui/ui_support.hpp"

using namespace kiosk;

namespace {

// The Next button on the first card at 800x480, and a point on the card's text.
constexpr Point kNextButton{680, 442};

// The trace of a visit that opens the cards and then does `steps`.
test::AppRun on_cards(const std::string& steps, ui::AppOptions options = test::headless_options()) {
  test::MemoryContent content(test::sample_library(12, 12));
  return test::run_script("press Touch to begin\npress Briefings\n" + steps, content,
                          std::move(options));
}

}  // namespace

TEST_CASE("a card dragged slowly past a third of the width gives way to the next") {
  const test::AppRun run = on_cards("drag 700 240 300 240 1500\n");  // 0.27 px/ms
  CHECK(run.err.empty());
  CHECK(run.traced("card 2"));
}

TEST_CASE("a short slow drag lets the card go back") {
  const test::AppRun run = on_cards("drag 600 240 450 240 800\n");
  CHECK(run.err.empty());
  CHECK(run.traced("card 1"));
  CHECK_FALSE(run.traced("card 2"));
}

TEST_CASE("a short fast flick goes on to the next card") {
  const test::AppRun run = on_cards("drag 600 240 480 240 100\n");  // 1.2 px/ms
  CHECK(run.traced("card 2"));
}

TEST_CASE("a flick to the right goes back a card, and the first card does not give way") {
  const test::AppRun back =
      on_cards("drag 700 240 300 240 1500\ndrag 200 240 330 240 100\n");  // on, then back
  CHECK(back.trace.back() == "card 1");
  const test::AppRun first = on_cards("drag 100 240 700 240 300\n");
  CHECK(first.trace.back() == "card 1");
}

TEST_CASE("a button held down and released on it acts; slid off it, it does not") {
  CHECK(on_cards("drag 680 442 684 438 400\n").traced("card 2"));  // a long, wobbly press
  CHECK_FALSE(on_cards("drag 680 442 680 300 400\n").traced("card 2"));
}

TEST_CASE("with animations off a release goes straight to its card, and so it does with them on") {
  // Real time, where slides run unless turned off. Past a third of the width, so the outcome
  // does not hang on the pace a loaded machine gives the finger.
  ui::AppOptions options = test::headless_options();
  options.clock = ui::ClockMode::RealTime;
  options.transition_ms = 0;
  CHECK(on_cards("drag 700 240 300 240 200\n", options).traced("card 2"));
  options.transition_ms = 250;
  CHECK(on_cards("drag 700 240 300 240 200\nwait 300\n", options).traced("card 2"));
  CHECK(on_cards("drag 600 240 520 240 1000\nwait 300\n", options).trace.back() == "card 1");
}

TEST_CASE("the timeline's page follows a drag to the next page of events") {
  test::MemoryContent content(test::sample_library(12, 12));
  // A press of a label that is not there lists the buttons on screen.
  const test::AppRun still = test::run_script(
      "press Touch to begin\npress Timeline\ndrag 700 240 640 240 500\npress None\n", content);
  CHECK(still.err.find("'Card 1'") != std::string::npos);
  const test::AppRun paged = test::run_script(
      "press Touch to begin\npress Timeline\ndrag 700 240 300 240 1500\npress None\n", content);
  CHECK(paged.err.find("'Card 1'") == std::string::npos);
  CHECK(paged.err.find("'Card 12'") == std::string::npos);
}

TEST_CASE("a touch-down shows its button pressed on the next frame, and drags are drawn") {
  test::TempDir dir;
  ui::AppOptions options = test::headless_options();
  options.measure_path = dir.file("measure.json");
  on_cards("drag 680 442 680 442 100\ndrag 600 240 500 240 200\n", options);
  std::ifstream in(dir.file("measure.json"));
  std::stringstream json;
  json << in.rdbuf();
  const std::string text = json.str();
  const std::size_t presses = text.find("\"press_latency_ms\":[");
  REQUIRE(presses != std::string::npos);
  CHECK(text[presses + 20] != ']');  // one press shown (the drag began off every button)
  CHECK(text.find(",2]") != std::string::npos);  // frames of a page following a finger
}
