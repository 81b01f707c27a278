// Queries over a built scene: hit testing, label lookup, focus order.
#include "core/scene.hpp"

namespace kiosk {

std::optional<Input> hit_test(const Scene& scene, Point p) {
  for (auto it = scene.widgets.rbegin(); it != scene.widgets.rend(); ++it) {
    if (it->kind == WidgetKind::Button && it->rect.contains(p)) return it->input;
  }
  return std::nullopt;
}

const Widget* find_button(const Scene& scene, std::string_view label) {
  // Topmost first, so a dialog's button wins over one underneath it.
  for (auto it = scene.widgets.rbegin(); it != scene.widgets.rend(); ++it) {
    if (it->kind == WidgetKind::Button && it->text == label) return &*it;
  }
  return nullptr;
}

std::vector<const Widget*> focusable_buttons(const Scene& scene) {
  std::vector<const Widget*> buttons;
  for (const Widget& w : scene.widgets) {
    if (w.kind == WidgetKind::Button && w.input.command != Command::None) buttons.push_back(&w);
  }
  return buttons;
}

std::string visible_text(const Scene& scene) {
  std::string out;
  for (const Widget& w : scene.widgets) {
    if (w.kind != WidgetKind::Text) continue;
    out += w.text;
    out += '\n';
  }
  return out;
}

}  // namespace kiosk
