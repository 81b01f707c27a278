// Under X11 with no window manager, the fullscreen window made to cover a screen that changes size.
#pragma once

#include <optional>

#include "core/geometry.hpp"
#include "ui/sdl.hpp"

namespace kiosk::ui {

// X11 with no window manager (startx with the kiosk alone) leaves the fullscreen window where
// it was put when the screen changes size (`xrandr --output HDMI-1 --mode 1280x720`, say from
// a hotplug script), and SDL 2.26 neither moves it nor tells: a layout for the old screen, cut
// off or in a corner. This watches the root window's size and moves the kiosk's window to
// cover it. Where a window manager runs, the manager keeps a fullscreen window covering the
// screen and this leaves it alone; under Wayland, KMS or headless it does nothing. It covers
// the whole X screen: with two monitors and no window manager, both.
class X11ScreenFollower {
 public:
  // Starts following the screen of `window` (not owned) when SDL drives it through X11.
  explicit X11ScreenFollower(SDL_Window* window);
  ~X11ScreenFollower();
  X11ScreenFollower(const X11ScreenFollower&) = delete;
  X11ScreenFollower& operator=(const X11ScreenFollower&) = delete;

  // For one SDL event: when it is X's word that the screen is now another size and no window
  // manager runs, moves the window to cover it all and returns that size. SDL then reports
  // the window resized, as for any other change of size. Otherwise nullopt.
  std::optional<Size> on_event(const SDL_Event& event);

  // Whether X11 drives the window, so this follows its screen.
  bool following() const { return display_ != nullptr; }

 private:
  // Whether `event` is X's word that the root window changed size.
  bool screen_resized(const SDL_Event& event) const;
  // Whether a window manager runs (its check window is on the root).
  bool window_manager_runs() const;
  // SDL's event filter: of X's events, only the root's change of size is queued. The rest
  // (every raw motion, property change, focus) would each wake the kiosk's wait for nothing.
  static int keep_screen_changes(void* follower, SDL_Event* event);

  // Xlib's Display, Window and root Window, kept without Xlib's header here: it defines
  // macros (None, Bool, Status) that clash with ordinary names.
  void* display_ = nullptr;
  unsigned long window_ = 0;
  unsigned long root_ = 0;
  Size screen_{};
};

}  // namespace kiosk::ui
