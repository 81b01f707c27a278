// A screen as a flat list of widgets (boxes, lines of text, buttons) with pixel rectangles.
//
// The core builds a Scene from the visit state; the SDL front end only draws it and hit-tests
// taps against it. Tests inspect scenes directly: which buttons a screen offers, where, with
// which labels, without a display.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/geometry.hpp"
#include "core/theme.hpp"
#include "core/visit.hpp"

namespace kiosk {

enum class WidgetKind { Box, Text, Button };
enum class Align { Start, Centre, End };

struct Widget {
  WidgetKind kind = WidgetKind::Box;
  Rect rect;
  Colour colour = Colour::Surface;  // fill for boxes and buttons, ink for text
  FontRole font = FontRole::Body;   // text only
  Align align = Align::Start;       // text only: horizontal alignment in rect
  std::string text;                 // text: one line; button: its whole label
  int radius = 0;                   // rounded corners of boxes and buttons
  Input input;                      // button: what a tap sends
  bool focused = false;             // button: draw the keyboard focus ring
  friend bool operator==(const Widget&, const Widget&) = default;
};

struct Scene {
  Screen screen = Screen::Attract;
  Size size;
  std::vector<Widget> widgets;
  Input on_next;                           // swipe left, Right arrow
  Input on_previous;                       // swipe right, Left arrow
  Input on_back;                           // Escape
  int page_count = 1;                      // pages of the screen's long text
  Contrast contrast = Contrast::Standard;  // the palette the scene is drawn in
  friend bool operator==(const Scene&, const Scene&) = default;
};

// The input of the topmost button containing `p`, if any.
std::optional<Input> hit_test(const Scene& scene, Point p);

// The button whose label is `label` (exact match), if the scene has one.
const Widget* find_button(const Scene& scene, std::string_view label);

// Buttons in the order keyboard focus visits them.
std::vector<const Widget*> focusable_buttons(const Scene& scene);

// All the scene's text, one line per text widget: what a screen reader (or a test) would read.
std::string visible_text(const Scene& scene);

}  // namespace kiosk
