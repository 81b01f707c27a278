// Dispatch to each screen's builder, shared bars, and keyboard focus marking.
#include "core/screens/screens.hpp"

#include <algorithm>

#include "core/screens/parts.hpp"

namespace kiosk {

const Words& SceneContext::text() const {
  static const Words english;  // the English of core/ui_text.cpp, made once
  return words != nullptr ? *words : english;
}

namespace screens {

namespace {

// The width of a bar button for `label`: the label in the button font, within limits.
int bar_button_width(const SceneWriter& w, const std::string& label, int least, int most) {
  const Metrics& m = w.metrics();
  return std::clamp(w.text_width(FontRole::Button, label) + m.px(24), least, most);
}

}  // namespace

Rect top_bar(SceneWriter& w, Rect screen, const std::string& back_label, Input back,
             const std::string& title, const std::optional<BarAction>& action) {
  const Metrics& m = w.metrics();
  const int bar_h = top_bar_height(m);
  const Rect bar = screen.top(bar_h);
  w.box(bar, Colour::Surface);
  const int back_w = bar_button_width(w, back_label, m.px(124), bar.w * 2 / 5);
  const Rect back_rect{bar.x + m.px(8), bar.y + m.px(8), back_w, m.touch()};
  w.button(back_rect, back_label, back, ButtonStyle::Secondary);
  if (!action) {
    // The title centred on the screen.
    w.fitted_text(bar.inset(back_rect.w + m.px(24), 0), title, {FontRole::Heading, FontRole::Small},
                  Colour::MutedText, Align::Centre, VAlign::Middle);
    return screen.below(bar_h);
  }
  // With an action on the right (as wide as its label needs), the title goes between the two
  // buttons, on one line, or not at all where there is no room for it.
  const int most = bar.right() - back_rect.right() - m.px(24);
  const int action_w = bar_button_width(w, action->label, m.px(124), most);
  const Rect action_rect{bar.right() - m.px(8) - action_w, bar.y + m.px(8), action_w, m.touch()};
  w.button(action_rect, action->label, action->input, action->style);
  const int left = back_rect.right() + m.px(16);
  const int title_h = w.line_height(FontRole::Heading);
  const Rect title_rect{left, bar.y + (bar.h - title_h) / 2,
                        std::max(0, action_rect.x - m.px(16) - left), title_h};
  if (w.text_width(FontRole::Small, title) <= title_rect.w) {
    w.fitted_text(title_rect, title, {FontRole::Heading, FontRole::Small}, Colour::MutedText,
                  Align::Centre, VAlign::Middle);
  }
  return screen.below(bar_h);
}

bool language_buttons(SceneWriter& w, const SceneContext& c, Rect row) {
  if (c.library == nullptr) return false;
  const std::vector<LanguageChoice> languages = c.library->languages();
  const int n = static_cast<int>(languages.size());
  if (n < 2) return false;
  const Metrics& m = w.metrics();
  const int each = std::min(m.px(220), (row.w - (n - 1) * m.gap()) / n);
  const Rect all = row.centred(n * each + (n - 1) * m.gap(), m.touch());
  for (int i = 0; i < n; ++i) {
    const LanguageChoice& language = languages[static_cast<std::size_t>(i)];
    // The language shown is marked by a tick as well as its colour.
    const bool shown = language.code == c.library->meta().language;
    const Rect rect{all.x + i * (each + m.gap()), all.y, each, all.h};
    w.button(rect, shown ? "\u2713 " + language.name : language.name, {Command::ChooseLanguage, i},
             shown ? ButtonStyle::Accent : ButtonStyle::Secondary);
  }
  return true;
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
  const std::string language =
      context.library != nullptr && !context.library->meta().language.empty()
          ? context.library->meta().language
          : "en";
  screens::SceneWriter w(scene, metrics, text, language);
  const Rect screen{0, 0, size.w, size.h};
  w.box(screen, Colour::Background);
  if (context.library == nullptr || context.state.screen == Screen::Unavailable) {
    scene.screen = Screen::Unavailable;
    screens::build_unavailable(w, context, screen);
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
    case Screen::Timeline: screens::build_timeline(w, scene, context, screen); break;
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
