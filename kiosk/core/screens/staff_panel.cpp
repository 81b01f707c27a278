// The staff panel: what content is loaded, from where, how the kiosk is doing.
#include <string>

#include "core/screens/parts.hpp"

namespace kiosk::screens {

void build_staff_panel(SceneWriter& w, const SceneContext& c, Rect screen) {
  const Metrics& m = w.metrics();
  // Everything underneath is out of reach while the panel shows.
  w.touch_area(screen, "Staff panel", {Command::None, 0}, Colour::Scrim, 0);
  const Rect panel = screen.inset(m.margin());
  w.box(panel, Colour::Surface, m.radius());
  Rect inner = panel.inset(m.px(20), m.px(14));
  const int head = w.line_height(FontRole::Heading);
  const Rect close = inner.right_part(m.px(140)).top(m.touch());
  w.button(close, "Close", {Command::CloseStaff, 0}, ButtonStyle::Accent);
  w.line(inner.top(head), "Staff panel", FontRole::Heading, Colour::Accent, Align::Start);
  inner = inner.below(std::max(head, m.touch()), m.gap());
  std::vector<FlowBlock> rows;
  for (const auto& [label, value] : c.staff_rows) {
    rows.push_back({label + ": " + value, FontRole::Small, Colour::Text, {}, {}, 4});
  }
  rows.push_back(
      {"Closes by itself after 30 seconds.", FontRole::Small, Colour::MutedText, {}, {}, 10});
  w.flow(inner, rows, 0);
}

}  // namespace kiosk::screens
