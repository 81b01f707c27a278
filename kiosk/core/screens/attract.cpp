// The attract screen (what a passer-by sees) and the home screen (what a visitor chooses).
#include <algorithm>
#include <iterator>
#include <string>

#include "core/screens/parts.hpp"

namespace kiosk::screens {
namespace {

// One of the big buttons on the home screen.
struct HomeChoice {
  std::string label;
  std::string note;
  Input input;
  ButtonStyle style;
};

// The home screen's languages; returns the area left for the rest, clear of the Aa button. In
// landscape Aa takes the top right corner and the languages the foot; in portrait Aa keeps the
// bottom right corner of the other screens, with the languages just above it.
Rect home_area(SceneWriter& w, const SceneContext& c, Rect screen) {
  const Metrics& m = w.metrics();
  if (!m.portrait()) return language_buttons(w, c, screen.inset(m.margin()));
  // Aa alone in the strip, in the corner where it is on every other screen; the languages just
  // above it.
  return language_buttons(w, c, screen.above(bar_height(m)).inset(m.margin()));
}

}  // namespace

void build_attract(SceneWriter& w, const SceneContext& c, Rect screen) {
  const Metrics& m = w.metrics();
  const ContentMeta& meta = c.library->meta();
  const Words& t = c.text();
  // The whole screen is the button: any touch begins.
  w.touch_area(screen, t(Ui::BeginArea), {Command::Begin, 0}, Colour::Background, 0);
  // The languages along the foot, within reach; a touch on one also begins.
  Rect area = language_buttons(w, c, screen.inset(m.margin())).inset(m.margin(), 0);

  const Rect pill = area.bottom_part(m.touch()).centred(std::min(area.w, m.px(420)), m.touch());
  w.box(pill, Colour::Accent, pill.h / 2);
  w.fitted_text(pill.inset(m.px(12), 0), t(Ui::BeginPrompt), {FontRole::Button}, Colour::OnAccent,
                Align::Centre, VAlign::Middle);

  Rect rest = area.above(pill.h, m.gap() * 2);
  // The title in at most two lines: smaller type rather than a word alone on a third.
  const FontRole title_font = w.wrap(meta.title, FontRole::Display, rest.w).size() <= 2
                                  ? FontRole::Display
                                  : FontRole::Title;
  const auto title = w.wrap(meta.title, title_font, rest.w);
  rest = rest.below(w.lines(rest, title, title_font, Colour::Text, Align::Centre), m.px(6));
  if (!meta.subtitle.empty()) {
    const auto sub = w.wrap(meta.subtitle, FontRole::Heading, rest.w);
    rest = rest.below(w.lines(rest, sub, FontRole::Heading, Colour::MutedText, Align::Centre));
  }
  const std::optional<std::string> fact =
      c.library->highlight_count() > 0 ? c.library->highlight(c.state.highlight) : std::nullopt;
  if (!fact) return;
  const Rect panel_area = rest.inset(0, m.gap());
  const int panel_w = std::min(panel_area.w, m.px(640));
  const int label_h = w.line_height(FontRole::Small);
  const Rect text_box{0, 0, panel_w - 2 * m.px(20), panel_area.h - label_h - 2 * m.px(16)};
  const auto lines = w.wrap(*fact, FontRole::Heading, text_box.w);
  const int text_h =
      std::min(text_box.h, static_cast<int>(lines.size()) * w.line_height(FontRole::Heading));
  const Rect panel = panel_area.centred(panel_w, text_h + label_h + m.px(16) * 2 + m.px(6));
  w.box(panel, Colour::Surface, m.radius());
  w.box({panel.x, panel.y, m.px(6), panel.h}, Colour::Accent);
  const Rect inner = panel.inset(m.px(20), m.px(16));
  w.line(inner.top(label_h), t(Ui::DidYouKnow), FontRole::Small, Colour::Accent, Align::Start);
  w.fitted_text(inner.below(label_h, m.px(6)), *fact, {FontRole::Heading, FontRole::Body},
                Colour::Text, Align::Start);
}

void build_home(SceneWriter& w, const SceneContext& c, Rect screen) {
  const Metrics& m = w.metrics();
  const ContentMeta& meta = c.library->meta();
  const Words& t = c.text();
  Rect area = home_area(w, c, screen);
  // The title clears the Aa button in the corner, evenly on both sides.
  const int title_h = w.fitted_text(
      area.top(w.line_height(FontRole::Title) * 2).inset(m.portrait() ? 0 : m.touch(), 0),
      meta.title, {FontRole::Title, FontRole::Heading}, Colour::Text, Align::Centre);
  Rect rest = area.below(title_h, m.px(4));
  const int ask_h = w.line_height(FontRole::Body);
  w.fitted_text(rest.top(ask_h), t(Ui::HomeAsk), {FontRole::Body, FontRole::Small},
                Colour::MutedText, Align::Centre);
  rest = rest.below(ask_h, m.margin());
  // In portrait the choices sit in the lower two thirds, within a seated visitor's reach, when
  // that leaves each a comfortable height (with larger text it may not).
  const Rect reachable = rest.below(std::max(0, screen.h / 3 - rest.y));
  if (m.portrait() && reachable.h >= 3 * m.px(110) + 2 * m.margin()) rest = reachable;
  const HomeChoice choices[] = {
      {t(Ui::Briefings),
       t.count(Ui::BriefingsNote, c.library->card_count()),
       {Command::OpenBriefings, 0},
       ButtonStyle::Primary},
      {t(Ui::Quiz),
       t.count(Ui::QuizNote, c.round_length),
       {Command::OpenQuiz, 0},
       ButtonStyle::Accent},
      {t(Ui::Timeline), t(Ui::TimelineNote), {Command::OpenTimeline, 0}, ButtonStyle::Primary}};
  const int n = static_cast<int>(std::size(choices));
  // One size for the three names, the largest in which each fits on a line: names in three
  // sizes side by side look like three kinds of thing.
  const int name_w = (m.portrait() ? rest.w : rest.column(0, n, m.margin()).w) - 2 * m.px(16);
  FontRole name_font = FontRole::Body;
  for (const FontRole font : {FontRole::Display, FontRole::Title, FontRole::Heading}) {
    if (std::all_of(std::begin(choices), std::end(choices), [&](const HomeChoice& choice) {
          return w.text_width(font, choice.label) <= name_w;
        })) {
      name_font = font;
      break;
    }
  }
  for (int i = 0; i < n; ++i) {
    const HomeChoice& choice = choices[i];
    // Side by side in landscape, stacked in portrait.
    const Rect rect = m.portrait() ? rest.row(i, n, m.margin()) : rest.column(i, n, m.margin());
    w.touch_area(rect, choice.label, choice.input, fill_of(choice.style), m.radius() * 2);
    const Rect inner = rect.inset(m.px(16), m.px(8));
    const int label_h = w.line_height(FontRole::Display);
    const int note_h = w.line_height(FontRole::Body) * 2;
    // The note goes where there is room for at least a line of it (larger text on a portrait
    // screen may leave none); the name always shows.
    const bool with_note = inner.h >= label_h + m.px(8) + w.line_height(FontRole::Small);
    const Rect block =
        inner.centred(inner.w, std::min(inner.h, with_note ? label_h + m.px(8) + note_h : label_h));
    w.fitted_text(block.top(label_h), choice.label, {name_font, FontRole::Body},
                  ink_of(choice.style), Align::Centre, VAlign::Middle);
    if (with_note) {
      w.fitted_text(block.below(label_h, m.px(8)), choice.note, {FontRole::Body, FontRole::Small},
                    ink_of(choice.style), Align::Centre);
    }
  }
  // Last, so keyboard focus reaches it after the choices and languages.
  display_button(w, c, screen);
}

}  // namespace kiosk::screens
