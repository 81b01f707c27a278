// Pieces several screens share, and each screen's builder.
#pragma once

#include <string>

#include "core/screens/screens.hpp"
#include "core/screens/writer.hpp"

namespace kiosk::screens {

// The bar across the top: a back button on the left and a title in the middle. Returns the
// area left below it.
Rect top_bar(SceneWriter& w, Rect screen, const std::string& back_label, Input back,
             const std::string& title);

// Small "‹ 1 / 2 ›" page controls in `area` for text that spans pages.
void page_controls(SceneWriter& w, Rect area, int page, int page_count);

void build_attract(SceneWriter& w, const SceneContext& c, Rect screen);
void build_home(SceneWriter& w, const SceneContext& c, Rect screen);
void build_cards(SceneWriter& w, Scene& scene, const SceneContext& c, Rect screen);
void build_question(SceneWriter& w, Scene& scene, const SceneContext& c, Rect screen);
void build_results(SceneWriter& w, Scene& scene, const SceneContext& c, Rect screen);
void build_unavailable(SceneWriter& w, Rect screen, bool loading);
void build_still_there(SceneWriter& w, const SceneContext& c, Rect screen);
void build_staff_panel(SceneWriter& w, const SceneContext& c, Rect screen);

}  // namespace kiosk::screens
