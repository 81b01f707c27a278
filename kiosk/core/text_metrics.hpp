// How big text is: the measuring seam between layout (core) and fonts (front end).
#pragma once

#include <string_view>

#include "core/theme.hpp"

namespace kiosk {

class TextMetrics {
 public:
  virtual ~TextMetrics() = default;
  // Width in pixels of `text` on one line in the font of `role`.
  virtual int width(FontRole role, std::string_view text) const = 0;
  // Distance in pixels from one baseline to the next in the font of `role`.
  virtual int line_height(FontRole role) const = 0;
};

}  // namespace kiosk
