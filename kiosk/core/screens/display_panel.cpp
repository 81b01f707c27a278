// The display panel: the visitor's larger text, high contrast and reduced motion and read aloud,
// behind Aa.
#include <string>

#include "core/screens/parts.hpp"

namespace kiosk::screens {
namespace {

// One toggle of the display panel: its name on the left and its state in words on the right,
// with a tick when on; colour is never the only sign.
void setting_toggle(SceneWriter& w, const SceneContext& c, Rect rect, DisplaySetting setting,
                    Ui name) {
  const Metrics& m = w.metrics();
  const Words& t = c.text();
  const bool on = is_on(c.state.display, setting);
  const ButtonStyle style = on ? ButtonStyle::Accent : ButtonStyle::Secondary;
  w.touch_area(rect, t(name), {Command::ToggleSetting, static_cast<int>(setting)}, fill_of(style),
               m.radius());
  const Rect inner = rect.inset(m.px(16), m.px(4));
  const std::string state = on ? "\u2713 " + t(Ui::SettingOn) : t(Ui::SettingOff);
  const int state_w = std::min(inner.w / 3, w.text_width(FontRole::Button, state) + m.px(4));
  w.fitted_text(inner.right_part(state_w), state, {FontRole::Button, FontRole::Small},
                ink_of(style), Align::End, VAlign::Middle);
  w.fitted_text(inner.left_part(inner.w - state_w - m.gap()), t(name),
                {FontRole::Button, FontRole::Body, FontRole::Small}, ink_of(style), Align::Start,
                VAlign::Middle);
}

}  // namespace

void build_display_panel(SceneWriter& w, const SceneContext& c, Rect screen) {
  const Metrics& m = w.metrics();
  const Words& t = c.text();
  // Everything underneath is out of reach while the panel shows.
  w.touch_area(screen, t(Ui::DisplayTitle), {Command::None, 0}, Colour::Scrim, 0);
  const int title_h = w.line_height(FontRole::Title);
  const int toggles = static_cast<int>(kDisplaySettings.size());
  const int dialog_w = std::min(screen.w - 2 * m.margin(), m.px(560));
  const int toggles_h = toggles * m.touch() + (toggles - 1) * m.gap();
  int dialog_h = title_h + m.gap() * 2 + toggles_h + m.gap() * 2 + m.touch() + m.px(20) * 2;
  // Where that is taller than the screen (landscape, larger text), Done moves up beside the
  // title, a row saved.
  const bool compact = dialog_h > screen.h - 2 * m.px(8);
  if (compact) dialog_h = m.touch() + m.gap() + toggles_h + m.px(12) * 2;
  // In portrait the panel sits low, within reach; in landscape, in the middle.
  const Rect dialog = m.portrait()
                          ? Rect{screen.x + (screen.w - dialog_w) / 2,
                                 screen.bottom() - m.margin() - dialog_h, dialog_w, dialog_h}
                          : screen.centred(dialog_w, dialog_h);
  w.box(dialog, Colour::Surface, m.radius());
  Rect inner = dialog.inset(compact ? m.px(12) : m.px(20));
  const Rect done_rect =
      compact ? inner.top(m.touch()).right_part(std::min(inner.w / 3, m.px(240))) : Rect{};
  const Rect title_rect = compact ? inner.top(m.touch()).left_part(inner.w - done_rect.w - m.gap())
                                  : inner.top(title_h);
  w.fitted_text(title_rect, t(Ui::DisplayTitle), {FontRole::Title, FontRole::Heading}, Colour::Text,
                compact ? Align::Start : Align::Centre, VAlign::Middle);
  inner = compact ? inner.below(m.touch(), m.gap()) : inner.below(title_h, m.gap() * 2);
  const Ui names[] = {Ui::LargeText, Ui::HighContrast, Ui::ReduceMotion, Ui::ReadAloud};
  for (std::size_t i = 0; i < kDisplaySettings.size(); ++i) {
    setting_toggle(w, c, inner.top(m.touch()), kDisplaySettings[i], names[i]);
    inner = inner.below(m.touch(), m.gap());
  }
  inner = inner.below(0, m.gap());
  w.button(
      compact ? done_rect : inner.top(m.touch()).centred(std::min(inner.w, m.px(240)), m.touch()),
      t(Ui::Done), {Command::CloseDisplayPanel, 0}, ButtonStyle::Primary);
}

}  // namespace kiosk::screens
