// Rotating sizes and points.
#include "core/rotation.hpp"

namespace kiosk {

std::optional<Rotation> rotation_from_degrees(std::string_view text) {
  if (text == "0") return Rotation::R0;
  if (text == "90") return Rotation::R90;
  if (text == "180") return Rotation::R180;
  if (text == "270") return Rotation::R270;
  return std::nullopt;
}

int degrees(Rotation r) {
  switch (r) {
    case Rotation::R0: return 0;
    case Rotation::R90: return 90;
    case Rotation::R180: return 180;
    case Rotation::R270: return 270;
  }
  return 0;
}

Size logical_size(Size physical, Rotation r) {
  return r == Rotation::R90 || r == Rotation::R270 ? Size{physical.h, physical.w} : physical;
}

// The picture is drawn turned clockwise by `r` onto the panel. So a picture point (x, y) lands
// on the panel at: 90 -> (H-1-y, x); 180 -> (W-1-x, H-1-y); 270 -> (y, W-1-x), where W and H
// are the panel's width and height.
Point to_physical(Point p, Size physical, Rotation r) {
  const int w = physical.w;
  const int h = physical.h;
  switch (r) {
    case Rotation::R0: return p;
    case Rotation::R90: return {w - 1 - p.y, p.x};
    case Rotation::R180: return {w - 1 - p.x, h - 1 - p.y};
    case Rotation::R270: return {p.y, h - 1 - p.x};
  }
  return p;
}

Point to_logical(Point p, Size physical, Rotation r) {
  const int w = physical.w;
  const int h = physical.h;
  switch (r) {
    case Rotation::R0: return p;
    case Rotation::R90: return {p.y, w - 1 - p.x};
    case Rotation::R180: return {w - 1 - p.x, h - 1 - p.y};
    case Rotation::R270: return {h - 1 - p.y, p.x};
  }
  return p;
}

}  // namespace kiosk
