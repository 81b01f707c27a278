// The display panel: the visitor's larger text, high contrast and reduced motion, behind Aa.
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
  const int rows = static_cast<int>(kDisplaySettings.size()) + 1;  // the toggles and Done
  const int dialog_w = std::min(screen.w - 2 * m.margin(), m.px(560));
  const int dialog_h =
      title_h + m.gap() * 2 + rows * m.touch() + (rows - 1) * m.gap() + m.px(20) * 2 + m.gap();
  // In portrait the panel sits low, within reach; in landscape, in the middle.
  const Rect dialog = m.portrait()
                          ? Rect{screen.x + (screen.w - dialog_w) / 2,
                                 screen.bottom() - m.margin() - dialog_h, dialog_w, dialog_h}
                          : screen.centred(dialog_w, dialog_h);
  w.box(dialog, Colour::Surface, m.radius());
  Rect inner = dialog.inset(m.px(20));
  w.fitted_text(inner.top(title_h), t(Ui::DisplayTitle), {FontRole::Title, FontRole::Heading},
                Colour::Text, Align::Centre, VAlign::Middle);
  inner = inner.below(title_h, m.gap() * 2);
  const Ui names[] = {Ui::LargeText, Ui::HighContrast, Ui::ReduceMotion};
  for (std::size_t i = 0; i < kDisplaySettings.size(); ++i) {
    setting_toggle(w, c, inner.top(m.touch()), kDisplaySettings[i], names[i]);
    inner = inner.below(m.touch(), m.gap());
  }
  inner = inner.below(0, m.gap());
  w.button(inner.top(m.touch()).centred(std::min(inner.w, m.px(240)), m.touch()), t(Ui::Done),
           {Command::CloseDisplayPanel, 0}, ButtonStyle::Primary);
}

}  // namespace kiosk::screens
