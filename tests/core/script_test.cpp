// Parsing headless scripts.
#include "core/script.hpp"

#include <doctest/doctest.h>

using namespace kiosk;

TEST_CASE("every kind of step is read with its arguments and line") {
  const Script s = parse_script(
      "# a visit\n"
      "wait 250\n"
      "tap 10 20\n"
      "swipe 700 200 100 200\n"
      "\n"
      "press Next question \u203A\n"
      "key Escape   # back\n"
      "screenshot out/one.png\n"
      "quit\n");
  REQUIRE(s.errors.empty());
  REQUIRE(s.steps.size() == 7);
  CHECK(s.steps[0] == Step{StepKind::Wait, 2, 250, {}, {}, ""});
  CHECK(s.steps[1].from == Point{10, 20});
  CHECK(s.steps[2].to == Point{100, 200});
  CHECK(s.steps[3].text == "Next question \u203A");
  CHECK(s.steps[3].line == 6);
  CHECK(s.steps[4].text == "Escape");
  CHECK(s.steps[5].text == "out/one.png");
  CHECK(s.steps[6].kind == StepKind::Quit);
}

TEST_CASE("every malformed line is reported with its number") {
  const Script s = parse_script("wait\ntap 1\nswipe a b c d\njump 3\npress\nquit now\nwait -5\n");
  CHECK(s.steps.empty());
  REQUIRE(s.errors.size() == 7);
  CHECK(s.errors[0] == ScriptError{1, "'wait' takes 1 number"});
  CHECK(s.errors[1].line == 2);
  CHECK(s.errors[2].message == "'a' is not a non-negative whole number");
  CHECK(s.errors[3].message.starts_with("unknown step 'jump'"));
  CHECK(s.errors[4].message == "'press' needs an argument");
  CHECK(s.errors[5].message == "'quit' takes no argument");
  CHECK(s.errors[6].line == 7);
}

TEST_CASE("a drag step gives its path and how long the finger is down") {
  const Script s = parse_script("drag 700 200 300 210 400\ndrag 1 2 3 4\n");
  REQUIRE(s.steps.size() == 1);
  CHECK(s.steps[0] == Step{StepKind::Drag, 1, 400, {700, 200}, {300, 210}, ""});
  REQUIRE(s.errors.size() == 1);
  CHECK(s.errors[0] == ScriptError{2, "'drag' takes 5 numbers"});
}

TEST_CASE("wait-until gives a time of day in minutes past midnight, and refuses anything else") {
  const Script s = parse_script(
      "wait-until 22:30\nwait-until 00:00\nwait-until 24:00\nwait-until 7:30\n"
      "wait-until\nwait-until 06:00 07:00\n");
  REQUIRE(s.steps.size() == 2);
  CHECK(s.steps[0] == Step{StepKind::WaitUntil, 1, 22 * 60 + 30, {}, {}, ""});
  CHECK(s.steps[1].ms == 0);
  REQUIRE(s.errors.size() == 4);
  CHECK(s.errors[0] ==
        ScriptError{3, "'wait-until' takes a time of day, HH:MM from 00:00 to 23:59"});
  CHECK(s.errors[1].line == 4);
  CHECK(s.errors[2].line == 5);
  CHECK(s.errors[3].line == 6);
}

TEST_CASE("render-reset in a script takes no argument") {
  const Script s = parse_script("render-reset now\nrender-reset\n");
  REQUIRE(s.steps.size() == 1);
  CHECK(s.steps[0].kind == StepKind::RenderReset);
  REQUIRE(s.errors.size() == 1);
  CHECK(s.errors[0] == ScriptError{1, "'render-reset' takes no argument"});
}
