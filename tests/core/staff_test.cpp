// The staff panel: the hidden gesture, the panel, and when new content may switch in.
#include "core/staff.hpp"
#include "core/screens/screens.hpp"

#include <doctest/doctest.h>

#include "support/support.hpp"

using namespace kiosk;

TEST_CASE("a long press in a corner then a tap elsewhere opens the staff panel") {
  VisitState s = start_visit(0, Random(1));
  const Size screen{800, 480};
  CHECK(staff_gesture(s, {5, 5}, {8, 6}, 3200, 10'000, screen) == StaffGesture::Armed);
  CHECK(staff_gesture(s, {400, 240}, {400, 240}, 100, 12'000, screen) == StaffGesture::Opened);
  CHECK_FALSE(s.staff_armed_at);
}

TEST_CASE("a short press in a corner, or a long press in the middle, is an ordinary touch") {
  VisitState s = start_visit(0, Random(1));
  const Size screen{800, 480};
  CHECK(staff_gesture(s, {5, 5}, {5, 5}, 2900, 0, screen) == StaffGesture::None);
  CHECK(staff_gesture(s, {400, 240}, {400, 240}, 5000, 0, screen) == StaffGesture::None);
  CHECK(staff_gesture(s, {400, 240}, {400, 240}, 100, 0, screen) == StaffGesture::None);
}

TEST_CASE("the second tap must come soon, and not in a corner") {
  VisitState s = start_visit(0, Random(1));
  const Size screen{800, 480};
  CHECK(staff_gesture(s, {795, 475}, {795, 475}, 3000, 0, screen) == StaffGesture::Armed);
  CHECK(staff_gesture(s, {790, 470}, {790, 470}, 100, 1000, screen) == StaffGesture::None);
  CHECK(staff_gesture(s, {400, 240}, {400, 240}, 100, 20'000, screen) == StaffGesture::None);
}

TEST_CASE("the staff panel is modal and closes by itself after 30 seconds") {
  const MemoryLibrary library = test::sample_library();
  const VisitConfig config;
  VisitState s = start_visit(0, Random(1));
  CHECK(handle(s, {Command::OpenStaff, 0}, 1000, library, config) == Outcome::StaffOpened);
  CHECK(handle(s, {Command::Begin, 0}, 1100, library, config) == Outcome::Ignored);
  CHECK(s.screen == Screen::Attract);
  CHECK(next_deadline(s, 1100, config, 3) == 31'000);
  CHECK(tick(s, 30'999, config, 3) == Outcome::Ignored);
  CHECK(tick(s, 31'000, config, 3) == Outcome::StaffClosed);
  CHECK_FALSE(s.staff_since);
  CHECK(handle(s, {Command::OpenStaff, 0}, 40'000, library, config) == Outcome::StaffOpened);
  CHECK(handle(s, {Command::CloseStaff, 0}, 41'000, library, config) == Outcome::StaffClosed);
}

TEST_CASE("new content switches in only on attract or home, with nothing open") {
  const MemoryLibrary library = test::sample_library();
  const VisitConfig config;
  VisitState s = start_visit(0, Random(1));
  CHECK(at_safe_point(s));
  handle(s, {Command::Begin, 0}, 0, library, config);
  CHECK(at_safe_point(s));
  handle(s, {Command::OpenBriefings, 0}, 0, library, config);
  CHECK_FALSE(at_safe_point(s));
  handle(s, {Command::Back, 0}, 0, library, config);
  handle(s, {Command::OpenQuiz, 0}, 0, library, config);
  CHECK_FALSE(at_safe_point(s));
  handle(s, {Command::Back, 0}, 0, library, config);
  tick(s, 60'000, config, 3);  // "still there?" is showing
  CHECK_FALSE(at_safe_point(s));
}

TEST_CASE("the staff panel lists what the kiosk reports and can be closed by touch") {
  const MemoryLibrary library = test::sample_library();
  VisitState s = start_visit(0, Random(1));
  s.staff_since = 0;
  const test::FakeMetrics text;
  const Scene scene = build_scene({s, &library, 0, 5, {{"Database", "/var/lib/kiosk/content.db"}}},
                                  {800, 480}, text);
  CHECK(visible_text(scene).find("Database: /var/lib/kiosk/content.db") != std::string::npos);
  REQUIRE(find_button(scene, "Close"));
  CHECK(find_button(scene, "Close")->input.command == Command::CloseStaff);
  CHECK(hit_test(scene, {5, 470}) == Input{});  // absorbed: the screen beneath is out of reach
  CHECK(scene.on_back == Input{Command::CloseStaff, 0});
}

TEST_CASE("the staff panel says how many questions a curator approved") {
  const MemoryLibrary none = test::sample_library(12, 3);
  const auto rows = content_staff_rows(&none);
  const auto row = [](const std::vector<std::pair<std::string, std::string>>& all,
                      const std::string& label) {
    for (const auto& [l, value] : all) {
      if (l == label) return value;
    }
    return std::string("(no row)");
  };
  CHECK(row(rows, "Holds") == "3 cards, 12 questions");
  CHECK(row(rows, "Reviewed") == "0 of 12 questions approved");
  std::vector<Question> questions;
  for (int i = 0; i < none.question_count(); ++i) {
    questions.push_back(*none.question(i));
    questions.back().approved = i % 3 == 0;
  }
  std::vector<Card> cards;
  for (int i = 0; i < none.card_count(); ++i) cards.push_back(*none.card(i));
  const MemoryLibrary some(none.meta(), cards, questions, {"Fact one."});
  CHECK(row(content_staff_rows(&some), "Reviewed") == "4 of 12 questions approved");
  CHECK(content_staff_rows(nullptr) ==
        std::vector<std::pair<std::string, std::string>>{{"Content", "none loaded"}});
}

TEST_CASE("the staff panel lists content, provider, last reload, time up, answers and settings") {
  const MemoryLibrary library = test::sample_library(12, 3);
  StaffFacts facts;
  facts.library = &library;
  facts.provider = {{"Database", "/var/lib/kiosk/content.db"}};
  facts.last_reload = "rejected: truncated";
  facts.up_for = (26 * 60 + 3) * 60'000 + 59'000;
  facts.answers = {{"Answers", "812 recorded"}};
  facts.settings_notice = "volume: not a number";
  const StaffRows rows = staff_rows(facts);
  REQUIRE(rows.size() == 4 + 5);
  CHECK(rows[0].first == "Content");
  CHECK(rows[4] == std::pair<std::string, std::string>{"Database", "/var/lib/kiosk/content.db"});
  CHECK(rows[5].second == "rejected: truncated");
  CHECK(rows[6].second == "26 h 3 min");
  CHECK(rows[7].second == "812 recorded");
  CHECK(rows[8] == std::pair<std::string, std::string>{"Settings ignored", "volume: not a number"});
}

TEST_CASE("the staff panel says why speech is silent, and nothing when it is not") {
  const MemoryLibrary library = test::sample_library(12, 3);
  StaffFacts facts;
  facts.library = &library;
  const std::size_t without = staff_rows(facts).size();
  facts.speech_notice = "no sound device: ALSA: no card";
  const StaffRows rows = staff_rows(facts);
  REQUIRE(rows.size() == without + 1);
  CHECK(rows.back() ==
        std::pair<std::string, std::string>{"Speech silent", "no sound device: ALSA: no card"});
}

TEST_CASE("the staff panel leaves out settings when none were ignored") {
  StaffFacts facts;
  facts.last_reload = "none since start";
  const StaffRows rows = staff_rows(facts);
  CHECK(rows.front() == std::pair<std::string, std::string>{"Content", "none loaded"});
  CHECK(rows.back() == std::pair<std::string, std::string>{"Up for", "0 h 0 min"});
}
