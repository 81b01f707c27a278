// Dispatch to each screen's builder, shared bars, and keyboard focus marking.
#include "core/screens/screens.hpp"

#include "core/screens/parts.hpp"

namespace kiosk {
namespace screens {

Rect top_bar(SceneWriter& w, Rect screen, const std::string& back_label, Input back,
             const std::string& title) {
  const Metrics& m = w.metrics();
  const int bar_h = m.touch() + 2 * m.px(8);
  const Rect bar = screen.top(bar_h);
  w.box(bar, Colour::Surface);
  const Rect back_rect{bar.x + m.px(8), bar.y + m.px(8), m.px(124), m.touch()};
  w.button(back_rect, back_label, back, ButtonStyle::Secondary);
  const Rect title_rect = bar.inset(back_rect.w + m.px(24), 0);
  w.fitted_text(title_rect, title, {FontRole::Heading, FontRole::Small}, Colour::MutedText,
                Align::Centre, VAlign::Middle);
  return screen.below(bar_h);
}

void page_controls(SceneWriter& w, Rect area, int page, int page_count) {
  if (page_count <= 1) return;
  const Metrics& m = w.metrics();
  const int bw = m.touch();
  const Rect prev = area.left_part(bw);
  const Rect next = area.right_part(bw);
  if (page > 0) {
    w.button(prev, "\u2039", {Command::PreviousPage, 0}, ButtonStyle::Secondary);
  }
  if (page + 1 < page_count) {
    w.button(next, "\u203A", {Command::NextPage, 0}, ButtonStyle::Secondary);
  }
  w.line(area.inset(bw, 0), std::to_string(page + 1) + " / " + std::to_string(page_count),
         FontRole::Small, Colour::MutedText, Align::Centre);
}

}  // namespace screens

namespace {

void mark_focus(Scene& scene, int focus) {
  if (focus < 0) return;
  int index = 0;
  for (Widget& w : scene.widgets) {
    if (w.kind != WidgetKind::Button || w.input.command == Command::None) continue;
    if (index++ == focus) w.focused = true;
  }
}

}  // namespace

Scene build_scene(const SceneContext& context, Size size, const TextMetrics& text) {
  Scene scene;
  scene.screen = context.state.screen;
  scene.size = size;
  const Metrics metrics(size);
  screens::SceneWriter w(scene, metrics, text);
  const Rect screen{0, 0, size.w, size.h};
  w.box(screen, Colour::Background);
  if (context.library == nullptr || context.state.screen == Screen::Unavailable) {
    scene.screen = Screen::Unavailable;
    screens::build_unavailable(w, screen, context.content_loading);
    if (context.state.staff_since) {
      screens::build_staff_panel(w, context, screen);
      scene.on_back = {Command::CloseStaff, 0};
    }
    return scene;
  }
  switch (context.state.screen) {
    case Screen::Attract: screens::build_attract(w, context, screen); break;
    case Screen::Home: screens::build_home(w, context, screen); break;
    case Screen::Cards: screens::build_cards(w, scene, context, screen); break;
    case Screen::Question:
    case Screen::Feedback: screens::build_question(w, scene, context, screen); break;
    case Screen::Results: screens::build_results(w, scene, context, screen); break;
    case Screen::Timeline:  // drawn once its screen is built
    case Screen::Unavailable: break;
  }
  // Escape goes one level up from every screen a visitor can leave.
  if (scene.on_back.command == Command::None && scene.screen != Screen::Attract) {
    scene.on_back = {Command::Back, 0};
  }
  if (context.state.staff_since) {
    screens::build_staff_panel(w, context, screen);
    scene.on_next = scene.on_previous = {};
    scene.on_back = {Command::CloseStaff, 0};
  } else if (context.still_there_seconds > 0) {
    screens::build_still_there(w, context, screen);
  } else {
    mark_focus(scene, context.state.focus);
  }
  return scene;
}

}  // namespace kiosk
