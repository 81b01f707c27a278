// poll()-based waiting for drivers that cannot wait.
#include "ui/event_waiter.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <filesystem>
#include <utility>

namespace kiosk::ui {
namespace {

// Called by SDL for every event added to the queue, in the thread that adds it. SDL_PollEvent
// itself adds a sentinel event each time; that one must not wake us, or we would spin.
// `fd` is the waiter's wake-up descriptor, which outlives the watch.
int signal_wake(void* fd, SDL_Event* event) {
  if (event->type == SDL_POLLSENTINEL) return 1;
  const std::uint64_t one = 1;
  if (::write(static_cast<const sys::UniqueFd*>(fd)->get(), &one, sizeof one) < 0) {
    // A full counter still wakes the waiter; nothing to do.
  }
  return 1;
}

// The wake-up descriptor as SDL's event-watch user data.
void* watch_data(sys::UniqueFd& fd) { return &fd; }

void drain(int fd) {
  char buffer[4096];
  while (::read(fd, buffer, sizeof buffer) > 0) {
  }
}

}  // namespace

EventWaiter::EventWaiter(const std::string& video_driver) {
  sdl_waits_ = video_driver == "x11" || video_driver == "wayland";
  if (sdl_waits_) return;
  wake_fd_.reset(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK));
  if (!wake_fd_) {
    sdl_waits_ = true;  // fall back to SDL's polling rather than miss events
    return;
  }
  SDL_AddEventWatch(signal_wake, watch_data(wake_fd_));
  if (video_driver == "KMSDRM" || video_driver == "kmsdrm") {
    open_input_devices();
    hotplug_fd_.reset(::inotify_init1(IN_CLOEXEC | IN_NONBLOCK));
    if (hotplug_fd_) ::inotify_add_watch(hotplug_fd_.get(), "/dev/input", IN_CREATE | IN_DELETE);
  }
}

// The descriptors close themselves; SDL must stop signalling the wake-up one first.
EventWaiter::~EventWaiter() {
  if (wake_fd_) SDL_DelEventWatch(signal_wake, watch_data(wake_fd_));
}

// Our own read-only handles on the devices SDL reads: readable means input is waiting. evdev
// gives every reader its own copy of the events, so draining ours takes nothing from SDL.
void EventWaiter::open_input_devices() {
  std::error_code ignored;
  for (const auto& entry : std::filesystem::directory_iterator("/dev/input", ignored)) {
    if (!entry.path().filename().string().starts_with("event")) continue;
    sys::UniqueFd fd(::open(entry.path().c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
    if (fd) input_fds_.push_back(std::move(fd));
  }
}

void EventWaiter::close_input_devices() { input_fds_.clear(); }

bool EventWaiter::poll_fds(int timeout_ms) {
  std::vector<pollfd> fds{{wake_fd_.get(), POLLIN, 0}};
  if (hotplug_fd_) fds.push_back({hotplug_fd_.get(), POLLIN, 0});
  for (const sys::UniqueFd& fd : input_fds_) fds.push_back({fd.get(), POLLIN, 0});
  const int ready = ::poll(fds.data(), fds.size(), timeout_ms);
  if (ready <= 0) return false;
  drain(wake_fd_.get());
  if (hotplug_fd_ && (fds[1].revents & POLLIN) != 0) {
    drain(hotplug_fd_.get());
    close_input_devices();
    open_input_devices();
  }
  for (const sys::UniqueFd& fd : input_fds_) drain(fd.get());
  return true;
}

bool EventWaiter::wait(SDL_Event& event, int timeout_ms) {
  if (sdl_waits_) return SDL_WaitEventTimeout(&event, timeout_ms) != 0;
  const Uint64 start = SDL_GetTicks64();
  for (;;) {
    SDL_PumpEvents();
    if (SDL_PollEvent(&event) != 0) return true;
    int left = -1;
    if (timeout_ms >= 0) {
      const auto elapsed = static_cast<int>(SDL_GetTicks64() - start);
      if (elapsed >= timeout_ms) return false;
      left = timeout_ms - elapsed;
    }
    if (!poll_fds(left)) {
      if (timeout_ms >= 0) return false;
      continue;
    }
    // SDL signals before it queues the event: give a pushing thread a moment to finish.
    for (int i = 0; i < 20; ++i) {
      SDL_PumpEvents();
      if (SDL_PollEvent(&event) != 0) return true;
      SDL_Delay(1);
    }
  }
}

}  // namespace kiosk::ui
