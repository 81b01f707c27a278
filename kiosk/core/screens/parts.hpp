// Pieces several screens share, and each screen's builder.
#pragma once

#include <optional>
#include <string>

#include "core/screens/screens.hpp"
#include "core/screens/writer.hpp"

namespace kiosk::screens {

// Height of the bar of buttons (Back, an action, Aa).
inline int bar_height(const Metrics& m) { return m.touch() + 2 * m.px(8); }

// Height of the title line that stands alone at the top of a portrait screen.
int portrait_title_height(const SceneWriter& w);

// Where the Aa button sits: the same place on every screen after attract. In landscape, the
// top right corner; in portrait, the bottom right, within a seated visitor's or a child's reach.
Rect display_button_rect(const Metrics& m, Rect screen);

// The Aa button that opens the visitor's display options.
void display_button(SceneWriter& w, const SceneContext& c, Rect screen);

// What a screen with a navigation bar has left for its content (see nav_bar).
Rect nav_area(const SceneWriter& w, Rect screen);

// A button on the bar besides Back and Aa.
struct BarAction {
  std::string label;
  Input input;
  ButtonStyle style = ButtonStyle::Accent;
};

// The navigation bar: a back button on the left (wide enough for its label), a title and, when
// given, an action button, then the Aa button on the right. In landscape it runs across the top
// with the title between the buttons; in portrait the buttons run across the bottom, in reach,
// and the title stands alone at the top. Returns the area left for the screen's content, the
// same as nav_area.
Rect nav_bar(SceneWriter& w, const SceneContext& c, Rect screen, const std::string& back_label,
             Input back, const std::string& title,
             const std::optional<BarAction>& action = std::nullopt);

// The content's languages as buttons at the foot of `area`, each named in its own language, the
// one shown marked as selected: in a row, or one above another where a row cannot hold them.
// Returns what is left of `area` above them (all of it when there is only one language).
Rect language_buttons(SceneWriter& w, const SceneContext& c, Rect area);

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
void build_display_panel(SceneWriter& w, const SceneContext& c, Rect screen);

}  // namespace kiosk::screens
