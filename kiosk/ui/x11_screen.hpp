// Under X11 with no window manager, the fullscreen window made to cover its monitor as it changes.
#pragma once

#include <optional>
#include <vector>

#include "core/geometry.hpp"
#include "ui/sdl.hpp"

namespace kiosk::ui {

// A monitor as X's RandR lists it: its name (an X atom), where it lies on the X screen, and
// whether it is primary.
struct Monitor {
  unsigned long name = 0;
  Rect area;
  bool primary = false;
  friend bool operator==(const Monitor&, const Monitor&) = default;
};

// The monitor a fullscreen window covers, now on `current`: with one monitor or none, the
// whole screen (under the one's name); with more, the one of the same name (it stays on its
// monitor, wherever that moved), else the one holding the centre of where the window is, else
// the primary, else the first.
Monitor monitor_to_cover(const std::vector<Monitor>& monitors, const Monitor& current, Size screen);

// Whether an X event of `type` on `window` says the screen changed: the root window's change of
// size (ConfigureNotify), or any of RandR's (numbered from `randr_base`; -1 without RandR).
bool is_screen_change(int type, unsigned long window, unsigned long root, int randr_base);

// X11 with no window manager (startx with the kiosk alone) leaves the fullscreen window where
// it was put when the screen changes (`xrandr --output HDMI-1 --mode 1280x720`, a second
// monitor added by a hotplug script), and SDL 2.26 neither moves it nor tells: a layout for the
// old screen, cut off, in a corner or across two monitors. This watches the screen (the root
// window's size and RandR's events) and moves the kiosk's window to cover its monitor again.
// Where a window manager runs, the manager keeps a fullscreen window covering its monitor and
// this leaves it alone; under Wayland, KMS or headless it does nothing.
class X11ScreenFollower {
 public:
  // Starts following the screen of `window` (not owned) when SDL drives it through X11. Made
  // after SDL's last window: SDL sets the root's event mask anew for each window it makes.
  explicit X11ScreenFollower(SDL_Window* window);
  ~X11ScreenFollower();
  X11ScreenFollower(const X11ScreenFollower&) = delete;
  X11ScreenFollower& operator=(const X11ScreenFollower&) = delete;

  // For one SDL event: when it is X's word that the screen changed, no window manager runs and
  // the window's monitor is now elsewhere or another size, moves the window to cover it and
  // returns that area. SDL then reports the window resized, as for any other change of size.
  // Otherwise nullopt.
  std::optional<Rect> on_event(const SDL_Event& event);

  // Whether X11 drives the window, so this follows its screen.
  bool following() const { return display_ != nullptr; }

 private:
  // Whether `event` is X's word that the screen changed: the root window's size, or RandR's.
  bool screen_changed(const SDL_Event& event) const;
  // Whether a window manager runs (its check window is on the root).
  bool window_manager_runs() const;
  // The monitors RandR lists now, and the screen's size.
  std::vector<Monitor> monitors() const;
  Size screen_size() const;
  // SDL's event filter: of X's events, only the screen's changes are queued. The rest (every
  // raw motion, property change, focus) would each wake the kiosk's wait for nothing.
  static int keep_screen_changes(void* follower, SDL_Event* event);

  // Xlib's Display, Window and root Window, kept without Xlib's header here: it defines
  // macros (None, Bool, Status) that clash with ordinary names.
  void* display_ = nullptr;
  unsigned long window_ = 0;
  unsigned long root_ = 0;
  int randr_events_ = -1;        // RandR's first event number; -1 without RandR
  bool randr_monitors_ = false;  // RandR 1.5 or later: it lists monitors
  Monitor covered_{};            // what the window covers
};

}  // namespace kiosk::ui
