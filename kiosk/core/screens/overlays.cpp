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
  const int title_h = w.line_height(FontRole::Title);
  const int body_h = w.line_height(FontRole::Body);
  // The button is larger than a touch target: whoever is reading must not miss it.
  const int button_h = m.px(84);
  const int dialog_h = title_h + body_h * 2 + button_h + m.px(24) * 2 + m.gap() * 3;
  const Rect dialog = screen.centred(dialog_w, dialog_h);
  w.box(dialog, Colour::Surface, m.radius());
  Rect inner = dialog.inset(m.px(24));
  w.fitted_text(inner.top(title_h), t(Ui::StillThere), {FontRole::Title, FontRole::Heading},
                Colour::Text, Align::Centre);
  inner = inner.below(title_h, m.gap());
  const int left = c.still_there_seconds;
  w.fitted_text(inner.top(body_h), t(Ui::TouchToKeep), {FontRole::Body, FontRole::Small},
                Colour::MutedText, Align::Centre);
  w.fitted_text(inner.below(body_h).top(body_h), t.count(Ui::StartingOver, left),
                {FontRole::Body, FontRole::Small}, Colour::Accent, Align::Centre);
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
