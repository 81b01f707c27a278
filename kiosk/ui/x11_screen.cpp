// Following the X11 screen's size with the fullscreen window, for X with no window manager.
#include "ui/x11_screen.hpp"

// After every other header: Xlib's macros (None, Bool, Status) would clash with their names.
#include <SDL_syswm.h>
#include <X11/Xatom.h>
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
  display_ = display;
  window_ = info.info.x11.window;
  root_ = root;
  screen_ = {attributes.width, attributes.height};
  // X events reach the kiosk only as SDL's window-manager events, off by default.
  SDL_SetEventFilter(&X11ScreenFollower::keep_screen_changes, this);
  SDL_EventState(SDL_SYSWMEVENT, SDL_ENABLE);
}

X11ScreenFollower::~X11ScreenFollower() {
  if (!following()) return;
  SDL_EventState(SDL_SYSWMEVENT, SDL_DISABLE);
  SDL_SetEventFilter(nullptr, nullptr);
}

int X11ScreenFollower::keep_screen_changes(void* follower, SDL_Event* event) {
  if (event->type != SDL_SYSWMEVENT) return 1;
  return static_cast<const X11ScreenFollower*>(follower)->screen_resized(*event) ? 1 : 0;
}

bool X11ScreenFollower::screen_resized(const SDL_Event& event) const {
  if (!following() || event.type != SDL_SYSWMEVENT || event.syswm.msg == nullptr ||
      event.syswm.msg->subsystem != SDL_SYSWM_X11) {
    return false;
  }
  const XEvent& x = event.syswm.msg->msg.x11.event;
  return x.type == ConfigureNotify && x.xconfigure.window == root_;
}

bool X11ScreenFollower::window_manager_runs() const {
  Display* display = x_display(display_);
  const Atom check = XInternAtom(display, "_NET_SUPPORTING_WM_CHECK", True);
  if (check == None) return false;  // never named on this server: no manager ever ran
  Atom type = None;
  int format = 0;
  unsigned long items = 0;
  unsigned long left = 0;
  unsigned char* value = nullptr;
  const int got = XGetWindowProperty(display, root_, check, 0, 1, False, XA_WINDOW, &type, &format,
                                     &items, &left, &value);
  if (value != nullptr) XFree(value);
  return got == Success && items > 0;
}

std::optional<Size> X11ScreenFollower::on_event(const SDL_Event& event) {
  if (!screen_resized(event)) return std::nullopt;
  const XEvent& x = event.syswm.msg->msg.x11.event;
  const Size screen{x.xconfigure.width, x.xconfigure.height};
  if (screen == screen_) return std::nullopt;
  screen_ = screen;
  // A manager refits its fullscreen windows itself; a request of ours would race it.
  if (window_manager_runs()) return std::nullopt;
  XMoveResizeWindow(x_display(display_), window_, 0, 0, static_cast<unsigned>(screen.w),
                    static_cast<unsigned>(screen.h));
  XFlush(x_display(display_));
  return screen;
}

}  // namespace kiosk::ui
