// Following the X11 screen's size with the fullscreen window, for X with no window manager.
#include "ui/x11_screen.hpp"

// After every other header: Xlib's macros (None, Bool, Status) would clash with their names.
#include <SDL_syswm.h>
#include <X11/Xlib.h>

namespace kiosk::ui {

namespace {

Display* x_display(void* display) { return static_cast<Display*>(display); }

}  // namespace

X11ScreenFollower::X11ScreenFollower(SDL_Window* window) {
  SDL_SysWMinfo info;
  SDL_VERSION(&info.version);
  if (SDL_GetWindowWMInfo(window, &info) != SDL_TRUE || info.subsystem != SDL_SYSWM_X11) return;
  Display* display = info.info.x11.display;
  const Window root = DefaultRootWindow(display);
  XWindowAttributes attributes{};
  if (XGetWindowAttributes(display, root, &attributes) == 0) return;
  // The root window tells of its new size (ConfigureNotify) to those who ask for its structure
  // events. Event masks are per client, and SDL shares this connection: its own are kept.
  XSelectInput(display, root, attributes.your_event_mask | StructureNotifyMask);
  XFlush(display);
  // X events reach the kiosk only as SDL's window-manager events, off by default.
  SDL_EventState(SDL_SYSWMEVENT, SDL_ENABLE);
  display_ = display;
  window_ = info.info.x11.window;
  root_ = root;
  screen_ = {attributes.width, attributes.height};
}

std::optional<Size> X11ScreenFollower::on_event(const SDL_Event& event) {
  if (!following() || event.type != SDL_SYSWMEVENT || event.syswm.msg == nullptr ||
      event.syswm.msg->subsystem != SDL_SYSWM_X11) {
    return std::nullopt;
  }
  const XEvent& x = event.syswm.msg->msg.x11.event;
  if (x.type != ConfigureNotify || x.xconfigure.window != root_) return std::nullopt;
  const Size screen{x.xconfigure.width, x.xconfigure.height};
  if (screen == screen_) return std::nullopt;
  screen_ = screen;
  XMoveResizeWindow(x_display(display_), window_, 0, 0, static_cast<unsigned>(screen.w),
                    static_cast<unsigned>(screen.h));
  XFlush(x_display(display_));
  return screen;
}

}  // namespace kiosk::ui
