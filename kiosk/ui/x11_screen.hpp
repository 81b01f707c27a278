// Under X11 with no window manager, the fullscreen window made to cover a screen that changes size.
#pragma once

#include <optional>

#include "core/geometry.hpp"
#include "ui/sdl.hpp"

namespace kiosk::ui {

// X11 with no window manager (startx with the kiosk alone) leaves the fullscreen window where
// it was put when the screen changes size (`xrandr --mode`, another monitor plugged in), and
// SDL 2.26 neither moves it nor tells: a layout for the old screen, cut off or in a corner.
// This watches the root window's size and asks for the kiosk's window to cover it. Under a
// window manager the request goes to the manager, which keeps a fullscreen window covering
// the screen anyway; under Wayland, KMS or headless it does nothing.
class X11ScreenFollower {
 public:
  // Starts following the screen of `window` (not owned) when SDL drives it through X11.
  explicit X11ScreenFollower(SDL_Window* window);

  // For one SDL event: when it is X's word that the screen is now another size, asks for the
  // window to cover it all and returns that size. SDL then reports the window resized, as for
  // any other change of size. Otherwise nullopt.
  std::optional<Size> on_event(const SDL_Event& event);

  // Whether X11 drives the window, so this follows its screen.
  bool following() const { return display_ != nullptr; }

 private:
  // Xlib's Display, Window and root Window, kept without Xlib's header here: it defines
  // macros (None, Bool, Status) that clash with ordinary names.
  void* display_ = nullptr;
  unsigned long window_ = 0;
  unsigned long root_ = 0;
  Size screen_{};
};

}  // namespace kiosk::ui
