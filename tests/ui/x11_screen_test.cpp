// Which monitor a fullscreen window covers when X's screen changes, with no window manager.
#include "ui/x11_screen.hpp"

#include <doctest/doctest.h>

// After the rest: X's constants are macros (None among them).
#include <X11/X.h>
#include <X11/extensions/randr.h>

using namespace kiosk;
using ui::Monitor;

namespace {

const Monitor panel{1, {0, 0, 800, 480}, false};     // a 7" panel at the corner
const Monitor hdmi{2, {800, 0, 1920, 1080}, false};  // a monitor beside it
Monitor primary(Monitor m) {
  m.primary = true;
  return m;
}
Monitor at(Monitor m, Rect area) {
  m.area = area;
  return m;
}

}  // namespace

TEST_CASE("with one monitor or none the window covers the whole screen, as it is now") {
  // The monitor's own area may still be the old mode's; the screen's size is current.
  const Monitor old_mode{7, {0, 0, 1024, 600}, true};
  CHECK(ui::monitor_to_cover({old_mode}, old_mode, {800, 480}).area == Rect{0, 0, 800, 480});
  CHECK(ui::monitor_to_cover({}, panel, {1280, 720}).area == Rect{0, 0, 1280, 720});
}

TEST_CASE("with two monitors the window stays on the one it is on") {
  // Fullscreen on the panel (not yet named: the screen was only the panel) when the HDMI
  // monitor is added beside it: it stays on the panel, primary or not.
  const Monitor unnamed{0, panel.area, false};
  CHECK(ui::monitor_to_cover({panel, primary(hdmi)}, unnamed, {2720, 1080}) == panel);
  // On the HDMI monitor, it stays there, however the list is ordered.
  CHECK(ui::monitor_to_cover({primary(panel), hdmi}, hdmi, {2720, 1080}) == hdmi);
  // Its monitor changed mode under it: it covers the monitor's new area.
  const Monitor bigger = at(panel, {0, 0, 1024, 600});
  CHECK(ui::monitor_to_cover({bigger, at(hdmi, {1024, 0, 1920, 1080})}, panel, {2944, 1080}) ==
        bigger);
}

TEST_CASE("when the monitors swap places the window goes with its own") {
  const Monitor panel_right = at(panel, {1920, 0, 800, 480});
  const Monitor hdmi_left = at(hdmi, {0, 0, 1920, 1080});
  CHECK(ui::monitor_to_cover({hdmi_left, panel_right}, panel, {2720, 1080}) == panel_right);
}

TEST_CASE("when the window's monitor has gone it moves to the primary, else the first") {
  const Monitor gone{9, {3000, 0, 800, 480}, false};
  CHECK(ui::monitor_to_cover({panel, primary(hdmi)}, gone, {2720, 1080}) == primary(hdmi));
  CHECK(ui::monitor_to_cover({hdmi, panel}, gone, {2720, 1080}) == hdmi);
}

TEST_CASE("the root window's change of size and RandR's events are changes of the screen") {
  const unsigned long root = 0x50d;
  const int randr = 89;  // where the server numbers RandR's events from
  CHECK(ui::is_screen_change(ConfigureNotify, root, root, randr));
  CHECK(ui::is_screen_change(randr + RRScreenChangeNotify, root, root, randr));
  CHECK(ui::is_screen_change(randr + RRNotify, root, root, randr));  // CRTC, output
  // Not another window's change, not other events, and no RandR events without RandR.
  CHECK_FALSE(ui::is_screen_change(ConfigureNotify, 0x200004, root, randr));
  CHECK_FALSE(ui::is_screen_change(PropertyNotify, root, root, randr));
  CHECK_FALSE(ui::is_screen_change(MotionNotify, root, root, randr));
  CHECK_FALSE(ui::is_screen_change(randr + RRScreenChangeNotify, root, root, -1));
}
