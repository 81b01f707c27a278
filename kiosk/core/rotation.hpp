// Panels mounted sideways or upside down: the kiosk lays out for the panel as people see it
// and turns touches on the physical panel into that picture's coordinates.
#pragma once

#include <optional>
#include <string_view>

#include "core/geometry.hpp"

namespace kiosk {

enum class Rotation { R0, R90, R180, R270 };  // clockwise, as the picture must be turned

// "0", "90", "180", "270".
std::optional<Rotation> rotation_from_degrees(std::string_view text);
int degrees(Rotation r);

// The size of the picture people see on a panel of `physical` size.
Size logical_size(Size physical, Rotation r);

// Where a touch at `p` on the physical panel lands in the picture.
Point to_logical(Point p, Size physical, Rotation r);

// And back: where a point of the picture is on the panel (for tests and the mouse).
Point to_physical(Point p, Size physical, Rotation r);

}  // namespace kiosk
