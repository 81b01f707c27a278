// Screens that stand apart from a visit: "still there?" and "content unavailable".
#include <string>

#include "core/screens/parts.hpp"

namespace kiosk::screens {

void build_still_there(SceneWriter& w, const SceneContext& c, Rect screen) {
  const Metrics& m = w.metrics();
  // One button under everything: a touch anywhere keeps the visit going.
  const Words& t = c.text();
  w.touch_area(screen, t(Ui::KeepGoing), {Command::StillHere, 0}, Colour::Scrim, 0);
  const int dialog_w = std::min(screen.w - 2 * m.margin(), m.px(560));
  const int inner_w = dialog_w - 2 * m.px(24);
  const int title_h = w.line_height(FontRole::Title);
  // Each line as many lines as it wraps to (larger text, a longer language): the countdown is
  // never cut short.
  const auto height_of = [&](const std::string& text) {
    return static_cast<int>(w.wrap(text, FontRole::Body, inner_w).size()) *
           w.line_height(FontRole::Body);
  };
  const std::string keep = t(Ui::TouchToKeep);
  const std::string countdown = t.count(Ui::StartingOver, c.still_there_seconds);
  const int keep_h = height_of(keep);
  const int countdown_h = height_of(countdown);
  // The button is larger than a touch target: whoever is reading must not miss it.
  const int button_h = std::max(m.px(84), m.touch());
  const int dialog_h = title_h + keep_h + countdown_h + button_h + m.px(24) * 2 + m.gap() * 3;
  const Rect dialog = screen.centred(dialog_w, std::min(screen.h, dialog_h));
  w.box(dialog, Colour::Surface, m.radius());
  Rect inner = dialog.inset(m.px(24));
  w.fitted_text(inner.top(title_h), t(Ui::StillThere), {FontRole::Title, FontRole::Heading},
                Colour::Text, Align::Centre);
  inner = inner.below(title_h, m.gap());
  w.fitted_text(inner.top(keep_h), keep, {FontRole::Body, FontRole::Small}, Colour::MutedText,
                Align::Centre);
  inner = inner.below(keep_h);
  w.fitted_text(inner.top(countdown_h), countdown, {FontRole::Body, FontRole::Small},
                Colour::Accent, Align::Centre);
  w.button(inner.bottom_part(button_h).centred(std::min(inner.w, m.px(420)), button_h),
           t(Ui::StillHere), {Command::StillHere, 0}, ButtonStyle::Accent);
}

void build_unavailable(SceneWriter& w, const SceneContext& c, Rect screen) {
  const bool loading = c.content_loading;
  const Words& t = c.text();
  const Metrics& m = w.metrics();
  const int title_h = w.line_height(FontRole::Title);
  const int body_h = w.line_height(FontRole::Body) * 2;
  const int mark = m.px(72);
  const Rect block = screen.inset(m.margin() * 2)
                         .centred(std::min(screen.w - 4 * m.margin(), m.px(600)),
                                  mark + m.gap() * 2 + title_h + body_h);
  const Rect circle = block.top(mark).centred(mark, mark);
  w.box(circle, Colour::Surface, mark / 2);
  w.line(circle, "i", FontRole::Display, Colour::Accent, Align::Centre);
  const Rect text = block.below(mark, m.gap() * 2);
  w.fitted_text(text.top(title_h), loading ? t(Ui::LoadingTitle) : t(Ui::UnavailableTitle),
                {FontRole::Title, FontRole::Heading}, Colour::Text, Align::Centre);
  w.fitted_text(text.below(title_h, m.px(6)), loading ? t(Ui::LoadingLine) : t(Ui::UnavailableLine),
                {FontRole::Body, FontRole::Small}, Colour::MutedText, Align::Centre);
}

}  // namespace kiosk::screens
