// Pieces several screens share, and each screen's builder.
#pragma once

#include <optional>
#include <string>

#include "core/screens/screens.hpp"
#include "core/screens/writer.hpp"

namespace kiosk::screens {

// Height of the bar across the top of most screens.
inline int top_bar_height(const Metrics& m) { return m.touch() + 2 * m.px(8); }

// A button on the right of the top bar.
struct BarAction {
  std::string label;
  Input input;
  ButtonStyle style = ButtonStyle::Accent;
};

// The bar across the top: a back button on the left (wide enough for its label), a title in
// the middle and, when given, an action button on the right. Returns the area left below it.
Rect top_bar(SceneWriter& w, Rect screen, const std::string& back_label, Input back,
             const std::string& title, const std::optional<BarAction>& action = std::nullopt);

// The content's languages as a row of buttons in `row`, each named in its own language, the
// one shown marked as selected. Returns false (and draws nothing) when there is only one.
bool language_buttons(SceneWriter& w, const SceneContext& c, Rect row);

// Small "‹ 1 / 2 ›" page controls in `area` for text that spans pages.
void page_controls(SceneWriter& w, Rect area, int page, int page_count);

void build_attract(SceneWriter& w, const SceneContext& c, Rect screen);
void build_home(SceneWriter& w, const SceneContext& c, Rect screen);
void build_cards(SceneWriter& w, Scene& scene, const SceneContext& c, Rect screen);
void build_question(SceneWriter& w, Scene& scene, const SceneContext& c, Rect screen);
void build_results(SceneWriter& w, Scene& scene, const SceneContext& c, Rect screen);
void build_timeline(SceneWriter& w, Scene& scene, const SceneContext& c, Rect screen);
void build_unavailable(SceneWriter& w, const SceneContext& c, Rect screen);
void build_still_there(SceneWriter& w, const SceneContext& c, Rect screen);
void build_staff_panel(SceneWriter& w, const SceneContext& c, Rect screen);

}  // namespace kiosk::screens
