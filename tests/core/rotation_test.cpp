// Rotation: the picture's size, and touches turned into the picture's coordinates.
#include "core/rotation.hpp"

#include <doctest/doctest.h>

using namespace kiosk;

TEST_CASE("a panel turned a quarter shows a picture of the other shape") {
  CHECK(logical_size({800, 480}, Rotation::R0) == Size{800, 480});
  CHECK(logical_size({800, 480}, Rotation::R90) == Size{480, 800});
  CHECK(logical_size({800, 480}, Rotation::R180) == Size{800, 480});
  CHECK(logical_size({800, 480}, Rotation::R270) == Size{480, 800});
}

TEST_CASE("touches in the panel's corners land in the picture's matching corners") {
  const Size panel{800, 480};
  // Picture top-left is where the panel's top-right is, when the picture is turned 90 degrees.
  CHECK(to_logical({799, 0}, panel, Rotation::R90) == Point{0, 0});
  CHECK(to_logical({0, 0}, panel, Rotation::R180) == Point{799, 479});
  CHECK(to_logical({0, 479 - 320}, panel, Rotation::R270) == Point{320, 0});
  CHECK(to_logical({123, 45}, panel, Rotation::R0) == Point{123, 45});
}

TEST_CASE("turning a point to the panel and back gives the point again, every way up") {
  const Size panel{800, 480};
  for (const Rotation r : {Rotation::R0, Rotation::R90, Rotation::R180, Rotation::R270}) {
    const Size picture = logical_size(panel, r);
    for (const Point p :
         {Point{0, 0}, Point{picture.w - 1, 0}, Point{17, picture.h - 1}, Point{200, 300}}) {
      if (p.x >= picture.w || p.y >= picture.h) continue;
      const Point on_panel = to_physical(p, panel, r);
      CHECK(on_panel.x >= 0);
      CHECK(on_panel.x < panel.w);
      CHECK(on_panel.y >= 0);
      CHECK(on_panel.y < panel.h);
      CHECK(to_logical(on_panel, panel, r) == p);
    }
  }
}

TEST_CASE("rotations are read from degrees") {
  CHECK(rotation_from_degrees("90") == Rotation::R90);
  CHECK(rotation_from_degrees("270") == Rotation::R270);
  CHECK_FALSE(rotation_from_degrees("45"));
  CHECK_FALSE(rotation_from_degrees(""));
  CHECK(degrees(Rotation::R180) == 180);
}
