// The timeline: every card in date order along a line, paged, each opening its card.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/keyboard.hpp"
#include "core/screens/scene_invariants.hpp"

using namespace kiosk;

namespace {

// The timeline's page `page` for `library`.
Scene timeline(const ContentLibrary& library, Size size, int page = 0) {
  VisitState s = start_visit(0, Random(1));
  s.screen = Screen::Timeline;
  s.page = page;
  const test::FakeMetrics text;
  return build_scene({s, &library, 0, 5, {}}, size, text);
}

// The events a page shows, in the order they lie along the line (left to right, or top to
// bottom on a portrait screen): the buttons that open a card.
std::vector<const Widget*> events(const Scene& scene) {
  std::vector<const Widget*> out;
  for (const Widget* w : focusable_buttons(scene)) {
    if (w->input.command == Command::OpenCard) out.push_back(w);
  }
  const bool portrait = scene.size.h > scene.size.w;
  std::stable_sort(out.begin(), out.end(), [&](const Widget* a, const Widget* b) {
    return portrait ? a->rect.y < b->rect.y : a->rect.x < b->rect.x;
  });
  return out;
}

}  // namespace

TEST_CASE("the timeline lists every card once, in date order, across its pages, at every size") {
  for (const int cards : {3, 12, 30}) {
    const MemoryLibrary library = test::sample_library(12, cards);
    for (const Size size : test::kScreenSizes) {
      CAPTURE(cards);
      CAPTURE(size.w);
      const int pages = timeline(library, size).page_count;
      std::vector<int> shown;
      for (int page = 0; page < pages; ++page) {
        const Scene scene = timeline(library, size, page);
        for (const Widget* w : events(scene)) {
          CHECK(w->text == library.card(w->input.argument)->title);
          shown.push_back(w->input.argument);
        }
      }
      REQUIRE(shown.size() == static_cast<std::size_t>(cards));
      for (int i = 0; i < cards; ++i) CHECK(shown[static_cast<std::size_t>(i)] == i);
      for (int i = 1; i < cards; ++i) CHECK(*library.card(i - 1)->date <= *library.card(i)->date);
    }
  }
}

TEST_CASE("tapping an event on the timeline opens its card") {
  const MemoryLibrary library = test::sample_library(12, 12);
  const VisitConfig config;
  for (const Size size : test::kScreenSizes) {
    CAPTURE(size.w);
    const Scene scene = timeline(library, size);
    const Widget* third = find_button(scene, "Card 3");
    REQUIRE(third);
    const std::optional<Input> tapped = hit_test(scene, third->rect.centre());
    REQUIRE(tapped);
    VisitState s = start_visit(0, Random(1));
    s.screen = Screen::Timeline;
    CHECK(handle(s, *tapped, 0, library, config) == Outcome::ScreenChanged);
    CHECK(s.screen == Screen::Cards);
    CHECK(s.card == 2);
  }
}

TEST_CASE("inferred dates are marked on the timeline, and a legend says what the marks mean") {
  std::vector<Card> cards(3);
  cards[0].title = "Stated";
  cards[0].date = Date{2022, 12, 0, DatePrecision::Month};
  cards[1].title = "Year inferred";
  cards[1].date = Date{2024, 4, 6, DatePrecision::Day};
  cards[1].date_inference = DateInference::YearInferred;
  cards[2].title = "Wholly inferred";
  cards[2].date = Date{2024, 4, 12, DatePrecision::Day};
  cards[2].date_inference = DateInference::WhollyInferred;
  const MemoryLibrary library({}, cards, {}, {});
  const Scene scene = timeline(library, {800, 480});
  const std::string text = visible_text(scene);
  CHECK(text.find("Dec 2022") != std::string::npos);
  CHECK(text.find("Apr 6, 2024") != std::string::npos);
  CHECK(text.find("Apr 12, 2024") != std::string::npos);
  CHECK(text.find("around") == std::string::npos);  // "around" reads as approximate
  CHECK(text.find("date inferred") != std::string::npos);
  CHECK(text.find("date as reported") != std::string::npos);
  // A hollow marker (a ring: a background-coloured hole) for each inferred date, and one in
  // the legend.
  const Metrics m(scene.size);
  const auto is_hole = [&](const Widget& w) {
    return w.kind == WidgetKind::Box && w.colour == Colour::Background && w.rect.w < m.px(20);
  };
  const long holes = std::count_if(scene.widgets.begin(), scene.widgets.end(), is_hole);
  CHECK(holes == 3);
}

TEST_CASE("a timeline too long for the screen pages with swipes and arrows") {
  const MemoryLibrary library = test::sample_library(12, 30);
  for (const Size size : test::kScreenSizes) {
    CAPTURE(size.w);
    const Scene first = timeline(library, size);
    REQUIRE(first.page_count > 1);
    CHECK(first.on_next == Input{Command::NextPage, 0});
    CHECK(first.on_previous.command == Command::None);
    CHECK(respond_to_key(first, -1, Key::Right).input == Input{Command::NextPage, 0});
    const Scene last = timeline(library, size, first.page_count - 1);
    CHECK(last.on_next.command == Command::None);
    CHECK(last.on_previous == Input{Command::PreviousPage, 0});
    CHECK(respond_to_key(last, -1, Key::Escape).input == Input{Command::Back, 0});
  }
}

TEST_CASE("every page of the timeline fits, is touchable and keeps its text inside") {
  const test::FakeMetrics text;
  for (const int cards : {1, 3, 12, 30}) {
    const MemoryLibrary library = test::sample_library(12, cards);
    for (const Size size : test::kScreenSizes) {
      CAPTURE(cards);
      CAPTURE(size.w);
      CAPTURE(size.h);
      const int pages = timeline(library, size).page_count;
      for (int page = 0; page < pages; ++page) {
        test::check_scene(timeline(library, size, page), text);
      }
    }
  }
}
