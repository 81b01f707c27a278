// On a portrait screen mounted upright, the controls a visitor needs sit in the lower two thirds,
// within reach of a seated visitor or a child (issue 13; the Smithsonian guidelines' reach range).
#include <doctest/doctest.h>

#include <algorithm>

#include "core/screens/scene_invariants.hpp"

using namespace kiosk;

namespace {

// Controls that must be within reach. Left out: whole-screen touch areas ("touch to begin",
// "still there?": they reach everywhere) and the timeline's events, a list that fills the
// screen; each event opens a card whose controls are all in reach.
bool needs_reach(const Widget& w, Size screen) {
  const bool whole_screen = w.rect.w == screen.w && w.rect.h == screen.h;
  return w.input.command != Command::None && w.input.command != Command::OpenCard && !whole_screen;
}

// The needed controls of `scene` whose top edge is in the upper third, one per line.
std::string out_of_reach(const Scene& scene, const std::vector<Command>& excused = {}) {
  std::string out;
  for (const Widget& w : scene.widgets) {
    if (w.kind != WidgetKind::Button || !needs_reach(w, scene.size)) continue;
    if (std::find(excused.begin(), excused.end(), w.input.command) != excused.end()) continue;
    if (w.rect.y < scene.size.h / 3) out += w.text + "\n";
  }
  return out;
}

// The sample content offering three languages, so the language buttons take their room.
MemoryLibrary three_languages() {
  MemoryLibrary library = test::sample_library();
  library.add_languages({{"en", "English"}, {"ru", "Русский"}, {"be", "Беларуская"}}, {});
  return library;
}

}  // namespace

TEST_CASE("on a portrait screen every control a visitor needs is in the lower two thirds") {
  const MemoryLibrary library = three_languages();
  const test::FakeMetrics text;
  for (const Size size : {Size{720, 1280}, Size{1080, 1920}}) {
    for (const test::NamedState& s : test::every_screen(library)) {
      CAPTURE(s.name);
      const Scene scene =
          build_scene({s.state, &library, s.still_there_seconds, 5, {}}, size, text);
      CHECK_MESSAGE(out_of_reach(scene).empty(), out_of_reach(scene));
    }
  }
}

TEST_CASE("with larger text on a portrait screen the controls stay in reach but the home choices") {
  const MemoryLibrary library = three_languages();
  const test::FakeMetrics text;
  for (const test::NamedState& s :
       test::with_text_size(test::every_screen(library), TextSize::Large)) {
    CAPTURE(s.name);
    const Scene scene =
        build_scene({s.state, &library, s.still_there_seconds, 5, {}}, {720, 1280}, text);
    // The three home choices may rise into the upper third when larger text leaves too little
    // room below it; everything else stays in reach.
    const std::string missed =
        out_of_reach(scene, {Command::OpenBriefings, Command::OpenQuiz, Command::OpenTimeline});
    CHECK_MESSAGE(missed.empty(), missed);
  }
}
