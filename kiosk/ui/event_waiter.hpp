// Sleeping until there is an event or a deadline, without waking up in between.
//
// SDL_WaitEventTimeout only truly sleeps on drivers that can wait (x11, wayland). On the
// others (kmsdrm on a board, dummy when headless) it polls every millisecond: a thousand
// wake-ups a second on an idle kiosk. There the waiter sleeps in poll() instead, on an eventfd
// that SDL_PushEvent signals (from any thread: scripts, the content watcher) and, on kmsdrm,
// on the evdev devices SDL reads input from, then lets SDL read them.
#pragma once

#include <string>
#include <vector>

#include "sys/unique_fd.hpp"
#include "ui/sdl.hpp"

namespace kiosk::ui {

class EventWaiter {
 public:
  explicit EventWaiter(const std::string& video_driver);
  ~EventWaiter();
  EventWaiter(const EventWaiter&) = delete;
  EventWaiter& operator=(const EventWaiter&) = delete;

  // The next event, waiting up to `timeout_ms` (-1: as long as it takes). False on timeout.
  bool wait(SDL_Event& event, int timeout_ms);

  // Whether SDL's own wait is used (the driver can sleep by itself).
  bool uses_sdl_wait() const { return sdl_waits_; }

 private:
  void open_input_devices();
  void close_input_devices();
  bool poll_fds(int timeout_ms);

  bool sdl_waits_ = false;
  sys::UniqueFd wake_fd_;
  sys::UniqueFd hotplug_fd_;
  std::vector<sys::UniqueFd> input_fds_;
};

}  // namespace kiosk::ui
