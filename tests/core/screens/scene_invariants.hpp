// Checks every screen must pass at every size: on screen, touchable, text that fits. Shared by
// the core's scene tests (fake metrics) and the front end's (real fonts).
#pragma once

#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

#include "core/screens/screens.hpp"
#include "support/support.hpp"

namespace kiosk::test {

inline const std::vector<Size> kScreenSizes{
    {800, 480}, {1024, 600}, {1280, 720}, {1920, 1080}, {720, 1280}};

// One visit state per screen (and the idle prompt over a card), built against `library`. The
// first eight come in a fixed order: attract, home, cards, still there over cards, question,
// feedback (wrong), results, unavailable.
struct NamedState {
  std::string name;
  VisitState state;
  int still_there_seconds = 0;
};

inline std::vector<NamedState> every_screen(const ContentLibrary& library) {
  const VisitConfig config;
  std::vector<NamedState> out;
  VisitState s = start_visit(0, Random(11));
  out.push_back({"attract", s});
  handle(s, {Command::Begin, 0}, 0, library, config);
  out.push_back({"home", s});
  VisitState cards = s;
  handle(cards, {Command::OpenBriefings, 0}, 0, library, config);
  out.push_back({"cards", cards});
  out.push_back({"still there over cards", cards, 7});
  handle(s, {Command::OpenQuiz, 0}, 0, library, config);
  out.push_back({"question", s});
  VisitState all_right = s;
  handle(s, {Command::Choose, (correct_choice(current_item(s.round)) + 1) % 4}, 0, library, config);
  out.push_back({"feedback (wrong)", s});
  VisitState read = s;
  handle(read, {Command::ReadCard, 0}, 0, library, config);
  while (s.screen != Screen::Results) {
    handle(s, {Command::NextQuestion, 0}, 0, library, config);
    if (s.screen == Screen::Question) handle(s, {Command::Choose, 0}, 0, library, config);
  }
  out.push_back({"results", s});
  VisitState unavailable = s;
  show_unavailable(unavailable);
  out.push_back({"unavailable", unavailable});
  // The screens of a quiz that teaches.
  out.push_back({"card read from feedback", read});
  while (all_right.screen != Screen::Results) {
    const int right = correct_choice(current_item(all_right.round));
    const Input input = all_right.screen == Screen::Question ? Input{Command::Choose, right}
                                                             : Input{Command::NextQuestion, 0};
    handle(all_right, input, 0, library, config);
  }
  out.push_back({"results (nothing missed)", all_right});
  VisitState timeline = out[1].state;
  handle(timeline, {Command::OpenTimeline, 0}, 0, library, config);
  out.push_back({"timeline", timeline});
  handle(timeline, {Command::OpenCard, library.card_count() - 1}, 0, library, config);
  out.push_back({"card opened from the timeline", timeline});
  handle(timeline, {Command::QuizCard, 0}, 0, library, config);
  out.push_back({"question of a card's round", timeline});
  VisitState panel = out[1].state;
  handle(panel, {Command::OpenDisplayPanel, 0}, 0, library, config);
  out.push_back({"display panel over home", panel});
  panel = out[4].state;
  handle(panel, {Command::OpenDisplayPanel, 0}, 0, library, config);
  handle(panel, {Command::ToggleSetting, static_cast<int>(DisplaySetting::LargeText)}, 0, library,
         config);
  out.push_back({"display panel over a question, larger text on", panel});
  return out;
}

// The text sizes a visitor can choose.
inline const std::vector<TextSize> kTextSizes{TextSize::Standard, TextSize::Large};

// `states` with the visitor's text size set to `size` (the rest of their options as they are).
inline std::vector<NamedState> with_text_size(std::vector<NamedState> states, TextSize size) {
  for (NamedState& s : states) s.state.display.text = size;
  return states;
}

// Every widget lies on the screen, every button is a comfortable touch target, every line of
// text fits the rectangle it is drawn in.
inline void check_scene(const Scene& scene, const TextMetrics& text) {
  const Metrics m(scene.size);
  const Rect screen{0, 0, scene.size.w, scene.size.h};
  for (const Widget& w : scene.widgets) {
    CAPTURE(w.text);
    CHECK(w.rect.x >= screen.x);
    CHECK(w.rect.y >= screen.y);
    CHECK(w.rect.right() <= screen.right());
    CHECK(w.rect.bottom() <= screen.bottom());
    if (w.kind == WidgetKind::Button && w.input.command != Command::None) {
      CHECK(w.rect.w >= m.touch());
      CHECK(w.rect.h >= m.touch());
    }
    if (w.kind == WidgetKind::Text) CHECK(text.width(w.font, w.text) <= w.rect.w);
  }
}

}  // namespace kiosk::test
