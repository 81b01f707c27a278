// Which monitor a fullscreen window covers when X's screen changes, with no window manager.
#include "ui/x11_screen.hpp"

#include <doctest/doctest.h>

using namespace kiosk;

namespace {

const Rect panel{0, 0, 800, 480};     // a 7" panel at the corner
const Rect hdmi{800, 0, 1920, 1080};  // a monitor beside it

}  // namespace

TEST_CASE("with one monitor or none the window covers the whole screen, as it is now") {
  // The monitor's own area may still be the old mode's; the screen's size is current.
  CHECK(ui::area_to_cover({{{0, 0, 1024, 600}, true}}, {0, 0, 1024, 600}, {800, 480}) ==
        Rect{0, 0, 800, 480});
  CHECK(ui::area_to_cover({}, {0, 0, 800, 480}, {1280, 720}) == Rect{0, 0, 1280, 720});
}

TEST_CASE("with two monitors the window stays on the one it is on") {
  // It was fullscreen on the panel (the screen then only the panel's size) when the HDMI
  // monitor was added beside it: it stays on the panel, primary or not.
  CHECK(ui::area_to_cover({{panel, false}, {hdmi, true}}, panel, {2720, 1080}) == panel);
  // On the HDMI monitor, it stays there, however the list is ordered.
  CHECK(ui::area_to_cover({{panel, true}, {hdmi, false}}, hdmi, {2720, 1080}) == hdmi);
  // Its monitor changed mode under it: it covers the monitor's new area.
  CHECK(ui::area_to_cover({{{0, 0, 1024, 600}, false}, {{1024, 0, 800, 480}, false}}, panel,
                          {1824, 600}) == Rect{0, 0, 1024, 600});
}

TEST_CASE("when the window's monitor has gone it moves to the primary, else the first") {
  const Rect gone{3000, 0, 800, 480};
  CHECK(ui::area_to_cover({{panel, false}, {hdmi, true}}, gone, {2720, 1080}) == hdmi);
  CHECK(ui::area_to_cover({{hdmi, false}, {panel, false}}, gone, {2720, 1080}) == hdmi);
}
