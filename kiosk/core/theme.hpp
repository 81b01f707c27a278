// The kiosk's look: colour roles, font roles and the scale that sizes everything to the screen.
//
// Nothing here is a pixel position: sizes are multiples of a scale derived from the screen,
// so one layout serves a 7" 800x480 panel, a portrait 720x1280 panel and a 1080p screen.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "core/display_options.hpp"
#include "core/geometry.hpp"

namespace kiosk {

enum class Colour {
  Background,    // the page
  Surface,       // cards and panels
  Raised,        // buttons
  RaisedStrong,  // the primary button
  Text,
  MutedText,
  Accent,      // amber highlights
  OnAccent,    // text on accent
  Success,     // fills: the right answer
  Danger,      // fills: a wrong choice
  SuccessInk,  // text: "Correct!"
  DangerInk,   // text: "Not quite."
  Focus,       // keyboard focus ring
  Scrim,       // translucent layer under a dialog
  Dimmed,      // choices that were not picked, after an answer
  Black,       // the dark screen outside opening hours
};

struct Rgba {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;
  friend bool operator==(const Rgba&, const Rgba&) = default;
};

// The colour of a role in a palette. The standard palette is calm and dark: every text it draws
// reaches WCAG 2.2 AA, 4.5:1 against what it is drawn on. The high-contrast palette puts white
// and yellow on black: every text reaches 7:1 (AAA). tests/core/contrast_test.cpp measures both
// on every screen.
Rgba rgba(Colour colour, Contrast contrast);

// WCAG 2.2's contrast ratio of two opaque colours, from 1 (same) to 21 (black on white).
double contrast_ratio(Rgba a, Rgba b);

// `top` drawn over the opaque `bottom` with its alpha: what the eye sees.
Rgba composite(Rgba top, Rgba bottom);

enum class FontRole { Display, Title, Heading, Body, Button, Small };
// The number of roles: arrays indexed by a role have this size. Small is the last role.
inline constexpr int kFontRoleCount = 6;
static_assert(static_cast<int>(FontRole::Small) + 1 == kFontRoleCount,
              "kFontRoleCount must count every FontRole");

// Font pixel sizes at scale 1.0 (an 800x480 panel).
inline constexpr int base_font_px(FontRole role) {
  switch (role) {
    case FontRole::Display: return 40;
    case FontRole::Title: return 30;
    case FontRole::Heading: return 24;
    case FontRole::Body: return 21;
    case FontRole::Button: return 22;
    case FontRole::Small: return 16;
  }
  return 20;
}

enum class FontWeight { Regular, Bold };

inline constexpr FontWeight font_weight(FontRole role) {
  return role == FontRole::Display || role == FontRole::Title || role == FontRole::Button
             ? FontWeight::Bold
             : FontWeight::Regular;
}

// Scale of a screen relative to the 800x480 reference, whichever way up it is.
// With larger text, fonts grow by the text factor while everything else keeps its size: the
// layouts reflow, shrink a heading to fit or page their text.
struct Metrics {
  Size screen;
  double scale = 1.0;
  TextSize text = TextSize::Standard;

  explicit Metrics(Size s, TextSize text_size = TextSize::Standard)
      : screen(s),
        scale(std::max(0.5, std::min(std::max(s.w, s.h) / 800.0, std::min(s.w, s.h) / 480.0))),
        text(text_size) {}

  // `reference_px` at this screen's scale; never rounds a non-zero size down to nothing.
  [[nodiscard]] int px(double reference_px) const {
    if (reference_px <= 0) return 0;
    return std::max(1, static_cast<int>(std::lround(reference_px * scale)));
  }
  [[nodiscard]] int font_px(FontRole role) const {
    return px(base_font_px(role) * text_factor(text));
  }
  [[nodiscard]] bool portrait() const { return screen.h > screen.w; }
  // Smallest touch target: about 9 mm, 60 px on a 7" 800x480 panel; with larger text, 72, so
  // that a button's label in the larger font still has two lines' room.
  [[nodiscard]] int touch() const { return px(text == TextSize::Large ? 72 : 60); }
  [[nodiscard]] int gap() const { return px(12); }
  [[nodiscard]] int margin() const { return px(20); }
  [[nodiscard]] int radius() const { return px(12); }
};

}  // namespace kiosk
