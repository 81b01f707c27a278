// The palettes' values, and the arithmetic of contrast.
#include "core/theme.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {
namespace {

// Calm and dark: cream text on deep blue, amber for what matters.
Rgba standard(Colour colour) {
  switch (colour) {
    case Colour::Background: return {0x10, 0x1B, 0x2D, 0xFF};
    case Colour::Surface: return {0x1A, 0x2A, 0x42, 0xFF};
    case Colour::Raised: return {0x27, 0x3D, 0x5E, 0xFF};
    case Colour::RaisedStrong: return {0x2A, 0x63, 0xA3, 0xFF};
    case Colour::Text: return {0xF5, 0xF1, 0xE8, 0xFF};
    case Colour::MutedText: return {0xB4, 0xC0, 0xCF, 0xFF};
    case Colour::Accent: return {0xF2, 0xB1, 0x34, 0xFF};
    case Colour::OnAccent: return {0x1A, 0x14, 0x05, 0xFF};
    case Colour::Success: return {0x1B, 0x6E, 0x3D, 0xFF};
    case Colour::Danger: return {0xA8, 0x32, 0x2A, 0xFF};
    case Colour::SuccessInk: return {0x5F, 0xD3, 0x8D, 0xFF};
    case Colour::DangerInk: return {0xFF, 0x8A, 0x7F, 0xFF};
    case Colour::Focus: return {0x7C, 0xC4, 0xFF, 0xFF};
    case Colour::Scrim: return {0x05, 0x0A, 0x12, 0xD0};
    case Colour::Dimmed: return {0x1E, 0x2D, 0x44, 0xFF};
    case Colour::Black: return {0x00, 0x00, 0x00, 0xFF};
  }
  return {0xFF, 0x00, 0xFF, 0xFF};
}

// White and yellow on black; fills stay dark so white text on them keeps 7:1.
Rgba high(Colour colour) {
  switch (colour) {
    case Colour::Background: return {0x00, 0x00, 0x00, 0xFF};
    case Colour::Surface: return {0x16, 0x16, 0x16, 0xFF};
    case Colour::Raised: return {0x2B, 0x2B, 0x2B, 0xFF};
    case Colour::RaisedStrong: return {0x00, 0x3D, 0x80, 0xFF};
    case Colour::Text: return {0xFF, 0xFF, 0xFF, 0xFF};
    case Colour::MutedText: return {0xE6, 0xE6, 0xE6, 0xFF};
    case Colour::Accent: return {0xFF, 0xD4, 0x00, 0xFF};
    case Colour::OnAccent: return {0x00, 0x00, 0x00, 0xFF};
    case Colour::Success: return {0x0A, 0x5C, 0x1F, 0xFF};
    case Colour::Danger: return {0x8E, 0x0F, 0x0F, 0xFF};
    case Colour::SuccessInk: return {0x7D, 0xFF, 0x9B, 0xFF};
    case Colour::DangerInk: return {0xFF, 0x9C, 0x9C, 0xFF};
    case Colour::Focus: return {0x00, 0xE5, 0xFF, 0xFF};
    case Colour::Scrim: return {0x00, 0x00, 0x00, 0xE8};
    case Colour::Dimmed: return {0x1F, 0x1F, 0x1F, 0xFF};
    case Colour::Black: return {0x00, 0x00, 0x00, 0xFF};
  }
  return {0xFF, 0x00, 0xFF, 0xFF};
}

// Relative luminance of an sRGB channel value, as WCAG 2.2 defines it.
double linear(std::uint8_t channel) {
  const double c = channel / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(Rgba c) {
  return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

std::uint8_t mix(std::uint8_t top, std::uint8_t bottom, std::uint8_t alpha) {
  return static_cast<std::uint8_t>(std::lround((top * alpha + bottom * (255 - alpha)) / 255.0));
}

}  // namespace

Rgba rgba(Colour colour, Contrast contrast) {
  return contrast == Contrast::High ? high(colour) : standard(colour);
}

double contrast_ratio(Rgba a, Rgba b) {
  const double la = luminance(a);
  const double lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgba composite(Rgba top, Rgba bottom) {
  return {mix(top.r, bottom.r, top.a), mix(top.g, bottom.g, top.a), mix(top.b, bottom.b, top.a),
          0xFF};
}

}  // namespace kiosk
