// Following the X11 screen with the fullscreen window, for X with no window manager.
#include "ui/x11_screen.hpp"

// After every other header: Xlib's macros (None, Bool, Status) would clash with their names.
#include <SDL_syswm.h>
#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/extensions/Xrandr.h>

namespace kiosk::ui {

Monitor monitor_to_cover(const std::vector<Monitor>& monitors, const Monitor& current,
                         Size screen) {
  // One monitor is the whole screen. Its own area can lag the screen's size: a server may
  // update it only when a client asks it to probe its outputs (Xephyr does), which is slow.
  if (monitors.size() <= 1) {
    return {monitors.empty() ? 0 : monitors.front().name, {0, 0, screen.w, screen.h}, true};
  }
  for (const Monitor& m : monitors) {
    if (current.name != 0 && m.name == current.name) return m;
  }
  const Point centre = current.area.centre();
  for (const Monitor& m : monitors) {
    if (m.area.contains(centre)) return m;
  }
  for (const Monitor& m : monitors) {
    if (m.primary) return m;
  }
  return monitors.front();
}

bool is_screen_change(int type, unsigned long window, unsigned long root, int randr_base) {
  if (type == ConfigureNotify) return window == root;
  return randr_base >= 0 &&
         (type == randr_base + RRScreenChangeNotify || type == randr_base + RRNotify);
}

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
  // events, and RandR of a monitor's new mode or place. Event masks are per client, and SDL
  // shares this connection: its own are kept (it asks RandR for output changes).
  XSelectInput(display, root, attributes.your_event_mask | StructureNotifyMask);
  int event_base = 0;
  int error_base = 0;
  if (XRRQueryExtension(display, &event_base, &error_base) != 0) {
    randr_events_ = event_base;
    // Asking an older RandR for its monitors is an X error, which ends the program.
    int major = 0;
    int minor = 0;
    randr_monitors_ =
        XRRQueryVersion(display, &major, &minor) != 0 && (major > 1 || (major == 1 && minor >= 5));
    XRRSelectInput(display, root,
                   RRScreenChangeNotifyMask | RRCrtcChangeNotifyMask | RROutputChangeNotifyMask);
  }
  XFlush(display);
  display_ = display;
  window_ = info.info.x11.window;
  root_ = root;
  SDL_GetWindowPosition(window, &covered_.area.x, &covered_.area.y);
  SDL_GetWindowSize(window, &covered_.area.w, &covered_.area.h);
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
  return static_cast<const X11ScreenFollower*>(follower)->screen_changed(*event) ? 1 : 0;
}

bool X11ScreenFollower::screen_changed(const SDL_Event& event) const {
  if (!following() || event.type != SDL_SYSWMEVENT || event.syswm.msg == nullptr ||
      event.syswm.msg->subsystem != SDL_SYSWM_X11) {
    return false;
  }
  const XEvent& x = event.syswm.msg->msg.x11.event;
  const Window window = x.type == ConfigureNotify ? x.xconfigure.window : x.xany.window;
  return is_screen_change(x.type, window, root_, randr_events_);
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

std::vector<Monitor> X11ScreenFollower::monitors() const {
  std::vector<Monitor> found;
  if (!randr_monitors_) return found;
  int count = 0;
  XRRMonitorInfo* list = XRRGetMonitors(x_display(display_), root_, True, &count);
  for (int i = 0; list != nullptr && i < count; ++i) {
    found.push_back({list[i].name,
                     {list[i].x, list[i].y, list[i].width, list[i].height},
                     list[i].primary != 0});
  }
  if (list != nullptr) XRRFreeMonitors(list);
  return found;
}

Size X11ScreenFollower::screen_size() const {
  XWindowAttributes attributes{};
  if (XGetWindowAttributes(x_display(display_), root_, &attributes) == 0) return {};
  return {attributes.width, attributes.height};
}

std::optional<Rect> X11ScreenFollower::on_event(const SDL_Event& event) {
  if (!screen_changed(event)) return std::nullopt;
  // A mode change comes as several events; each asks where things are now, so the last
  // leaves the window right whatever their order.
  const Monitor monitor = monitor_to_cover(monitors(), covered_, screen_size());
  const Rect area = monitor.area;
  if (area.w <= 0 || area.h <= 0) return std::nullopt;
  if (area == covered_.area) {
    covered_.name = monitor.name;  // learnt at the first change: the window's own monitor
    return std::nullopt;
  }
  // A manager refits its fullscreen windows itself; a request of ours would race it.
  if (window_manager_runs()) return std::nullopt;
  covered_ = monitor;
  XMoveResizeWindow(x_display(display_), window_, area.x, area.y, static_cast<unsigned>(area.w),
                    static_cast<unsigned>(area.h));
  XFlush(x_display(display_));
  return area;
}

}  // namespace kiosk::ui
