// The kiosk's look: colour roles, font roles and the scale that sizes everything to the screen.
//
// Nothing here is a pixel position: sizes are multiples of a scale derived from the screen,
// so one layout serves a 7" 800x480 panel, a portrait 720x1280 panel and a 1080p screen.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>

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

// The palette: calm, high contrast (text on surfaces is above WCAG AA 4.5:1).
Rgba rgba(Colour colour);

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
struct Metrics {
  Size screen;
  double scale = 1.0;

  explicit Metrics(Size s)
      : screen(s),
        scale(std::max(0.5, std::min(std::max(s.w, s.h) / 800.0, std::min(s.w, s.h) / 480.0))) {}

  // `reference_px` at this screen's scale; never rounds a non-zero size down to nothing.
  [[nodiscard]] int px(double reference_px) const {
    if (reference_px <= 0) return 0;
    return std::max(1, static_cast<int>(std::lround(reference_px * scale)));
  }
  [[nodiscard]] int font_px(FontRole role) const { return px(base_font_px(role)); }
  [[nodiscard]] bool portrait() const { return screen.h > screen.w; }
  // Smallest touch target: about 9 mm, 60 px on a 7" 800x480 panel.
  [[nodiscard]] int touch() const { return px(60); }
  [[nodiscard]] int gap() const { return px(12); }
  [[nodiscard]] int margin() const { return px(20); }
  [[nodiscard]] int radius() const { return px(12); }
};

}  // namespace kiosk
