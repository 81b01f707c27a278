// Dispatch to each screen's builder, shared bars, and keyboard focus marking.
#include "core/screens/screens.hpp"

#include <algorithm>
#include <tuple>

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

// The Listen button, ending at `right` in `bar`: a play triangle with the word, a stop square
// while it plays (the fonts have no speaker symbol). It takes no room the action needs
// (`room` is what the two have): where the word does not fit, the symbol alone; where not even
// that, no button. Returns where it begins (`right` when there is none).
int listen_button(SceneWriter& w, const SceneContext& c, Rect bar, int right, int room) {
  const Metrics& m = w.metrics();
  const bool playing = c.listen == ListenButton::Playing;
  const std::string symbol = playing ? "\u25A0" : "\u25B6";
  std::string label = symbol + "\u00A0" + c.text()(Ui::Listen);
  int width = w.text_width(FontRole::Button, label) + m.px(24);
  if (width > room) {
    label = symbol;
    width = m.touch();
  }
  if (width > room) return right;
  const Rect rect{right - width, bar.y + m.px(8), width, m.touch()};
  w.button(rect, label, {Command::Listen, 0},
           playing ? ButtonStyle::Accent : ButtonStyle::Secondary);
  return rect.x;
}

}  // namespace

int portrait_title_height(const SceneWriter& w) {
  return w.line_height(FontRole::Heading) + 2 * w.metrics().px(8);
}

Rect display_button_rect(const Metrics& m, Rect screen) {
  const int inset = m.px(8);
  const int x = screen.right() - inset - m.touch();
  const int y = m.portrait() ? screen.bottom() - inset - m.touch() : screen.y + inset;
  return {x, y, m.touch(), m.touch()};
}

void display_button(SceneWriter& w, const SceneContext& c, Rect screen) {
  w.button(display_button_rect(w.metrics(), screen), c.text()(Ui::DisplayButton),
           {Command::OpenDisplayPanel, 0}, ButtonStyle::Secondary);
}

Rect nav_area(const SceneWriter& w, Rect screen) {
  const Metrics& m = w.metrics();
  if (!m.portrait()) return screen.below(bar_height(m));
  return screen.below(portrait_title_height(w)).above(bar_height(m));
}

namespace {

enum class TitleStrip { Plain, WithListen };

// The title alone across the top of a portrait screen, centred; or, when the bar at the foot
// has no room for Listen (a card's bar holds its back button, "Quiz me on this" and Aa), the
// title from the left and Listen at the right, the strip grown to a touch target's height. Returns
// the area between the strip and the bar.
Rect portrait_title(SceneWriter& w, const SceneContext& c, Rect screen, const std::string& title,
                    TitleStrip strip) {
  const Metrics& m = w.metrics();
  const int height = strip == TitleStrip::WithListen
                         ? std::max(portrait_title_height(w), m.touch() + 2 * m.px(8))
                         : portrait_title_height(w);
  const Rect line = screen.top(height);
  w.box(line, Colour::Surface);
  if (strip == TitleStrip::Plain) {
    w.fitted_text(line.inset(m.margin(), 0), title, {FontRole::Heading, FontRole::Small},
                  Colour::MutedText, Align::Centre, VAlign::Middle);
  } else {
    // The title from the left, Listen at the right: each keeps the room the other leaves.
    const int start = listen_button(w, c, line, line.right() - m.px(8), line.w / 2);
    const Rect room{line.x + m.margin(), line.y,
                    std::max(0, start - m.px(16) - line.x - m.margin()), line.h};
    w.fitted_text(room, title, {FontRole::Heading, FontRole::Small}, Colour::MutedText,
                  Align::Start, VAlign::Middle);
  }
  return screen.below(height).above(bar_height(m));
}

}  // namespace

Rect nav_bar(SceneWriter& w, const SceneContext& c, Rect screen, const std::string& back_label,
             Input back, const std::string& title, const std::optional<BarAction>& action) {
  const Metrics& m = w.metrics();
  const int bar_h = bar_height(m);
  const Rect bar = m.portrait() ? screen.bottom_part(bar_h) : screen.top(bar_h);
  w.box(bar, Colour::Surface);
  const int back_w = bar_button_width(w, back_label, m.px(124), bar.w * 2 / 5);
  const Rect back_rect{bar.x + m.px(8), bar.y + m.px(8), back_w, m.touch()};
  w.button(back_rect, back_label, back, ButtonStyle::Secondary);
  const Rect aa = display_button_rect(m, screen);
  display_button(w, c, screen);
  int right = aa.x - m.px(16);  // where the title's room ends
  bool listen_in_bar = false;
  if (c.listen != ListenButton::Hidden) {
    const int action_needs =
        action ? bar_button_width(w, action->label, m.px(124), bar.w) + m.px(16) : 0;
    const int room = right - back_rect.right() - m.px(24) - action_needs;
    const int start = listen_button(w, c, bar, right, room);
    listen_in_bar = start < right;
    if (listen_in_bar) right = start - m.px(16);
  }
  if (action) {
    const int most = right - back_rect.right() - m.px(24);
    const int action_w = bar_button_width(w, action->label, m.px(124), most);
    const Rect action_rect{right - action_w, bar.y + m.px(8), action_w, m.touch()};
    w.button(action_rect, action->label, action->input, action->style);
    right = action_rect.x - m.px(16);
  }
  if (m.portrait()) {
    const bool listen_on_top = c.listen != ListenButton::Hidden && !listen_in_bar;
    return portrait_title(w, c, screen, title,
                          listen_on_top ? TitleStrip::WithListen : TitleStrip::Plain);
  }
  // Between the buttons, on one line, or not at all where there is no room for it; centred on
  // the screen when there is no action.
  const int left = back_rect.right() + m.px(16);
  const int title_h = w.line_height(FontRole::Heading);
  const Rect title_rect{left, bar.y + (bar.h - title_h) / 2, std::max(0, right - left), title_h};
  if (!action) {
    // `right` is where Listen (or Aa) begins, less a gap: the title never runs under it.
    const int side = std::max(back_rect.right() - bar.x + m.px(16), bar.right() - right);
    w.fitted_text(bar.inset(side, 0), title, {FontRole::Heading, FontRole::Small},
                  Colour::MutedText, Align::Centre, VAlign::Middle);
  } else if (w.text_width(FontRole::Small, title) <= title_rect.w) {
    w.fitted_text(title_rect, title, {FontRole::Heading, FontRole::Small}, Colour::MutedText,
                  Align::Centre, VAlign::Middle);
  }
  return nav_area(w, screen);
}

namespace {

// Widths of buttons that hold `labels` in `font`, and their sum.
std::pair<std::vector<int>, int> label_widths(const SceneWriter& w,
                                              const std::vector<std::string>& labels,
                                              FontRole font) {
  std::vector<int> widths;
  int sum = 0;
  for (const std::string& label : labels) {
    widths.push_back(w.text_width(font, label) + w.metrics().px(20));
    sum += widths.back();
  }
  return {widths, sum};
}

}  // namespace

Rect language_buttons(SceneWriter& w, const SceneContext& c, Rect area) {
  if (c.library == nullptr) return area;
  const std::vector<LanguageChoice> languages = c.library->languages();
  const int n = static_cast<int>(languages.size());
  if (n < 2) return area;
  const Metrics& m = w.metrics();
  std::vector<std::string> labels;
  for (const LanguageChoice& language : languages) {
    // The language shown is marked by a tick as well as its colour.
    const bool shown = language.code == c.library->meta().language;
    labels.push_back(shown ? "\u2713\u00A0" + language.name : language.name);  // never apart
  }
  // In a row, in the button font or else the body font (the button takes it by itself), each
  // as wide as its name needs and the room left shared out up to a comfortable width; where
  // even that does not fit (a narrow screen, larger text), one above another.
  const int room = area.w - (n - 1) * m.gap();
  auto [widths, natural] = label_widths(w, labels, FontRole::Button);
  if (natural > room) std::tie(widths, natural) = label_widths(w, labels, FontRole::Body);
  const bool one_row = natural <= room;
  const int widest = *std::max_element(widths.begin(), widths.end());
  const int extra = one_row ? (room - natural) / n : 0;
  int total = 0;
  for (int& width : widths) {
    width = one_row ? std::min(std::max(width, m.px(220)), width + extra)
                    : std::min(area.w, std::max(m.px(300), widest));
    total += width;
  }
  const int rows = one_row ? 1 : n;
  const int height = rows * m.touch() + (rows - 1) * m.gap();
  const Rect block = area.bottom_part(height);
  const Rect all = one_row ? block.centred(total + (n - 1) * m.gap(), m.touch())
                           : block.centred(widths.front(), height);
  int x = all.x;
  int y = all.y;
  for (int i = 0; i < n; ++i) {
    const bool shown = languages[static_cast<std::size_t>(i)].code == c.library->meta().language;
    const int width = widths[static_cast<std::size_t>(i)];
    w.button({x, y, width, m.touch()}, labels[static_cast<std::size_t>(i)],
             {Command::ChooseLanguage, i}, shown ? ButtonStyle::Accent : ButtonStyle::Secondary);
    if (one_row) x += width + m.gap();
    else y += m.touch() + m.gap();
  }
  return area.above(height, m.gap());
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
  scene.contrast = context.state.display.contrast;
  const Metrics metrics(size, context.state.display.text);
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
  } else if (context.state.display_panel_open) {
    // The panel is modal: what lies under it can be seen but neither touched nor focused.
    for (Widget& widget : scene.widgets) widget.input = {};
    screens::build_display_panel(w, context, screen);
    scene.on_next = scene.on_previous = {};
    scene.on_back = {Command::CloseDisplayPanel, 0};
    mark_focus(scene, context.state.focus);
  } else {
    mark_focus(scene, context.state.focus);
  }
  return scene;
}

}  // namespace kiosk
