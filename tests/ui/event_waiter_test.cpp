// Waiting for events without waking up for nothing.
#include "ui/event_waiter.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <thread>

namespace {

struct Headless {
  Headless() {
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
    REQUIRE(SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) == 0);
  }
  ~Headless() { SDL_Quit(); }
};

// Context switches of this thread so far.
long switches() {
  std::ifstream status("/proc/thread-self/status");
  long total = 0;
  for (std::string line; std::getline(status, line);) {
    if (line.find("ctxt_switches:") != std::string::npos)
      total += std::stol(line.substr(line.find(':') + 1));
  }
  return total;
}

}  // namespace

TEST_CASE("with nothing happening the waiter sleeps through its timeout") {
  Headless sdl;
  kiosk::ui::EventWaiter waiter("dummy");
  CHECK_FALSE(waiter.uses_sdl_wait());
  SDL_Event e;
  const long before = switches();
  const Uint64 start = SDL_GetTicks64();
  CHECK_FALSE(waiter.wait(e, 300));
  const Uint64 took = SDL_GetTicks64() - start;
  CHECK(took >= 290);
  CHECK(switches() - before <= 3);  // SDL's own wait would switch about 300 times here
}

TEST_CASE("an event pushed from another thread wakes the waiter at once") {
  Headless sdl;
  kiosk::ui::EventWaiter waiter("dummy");
  const Uint32 type = SDL_RegisterEvents(1);
  std::thread pusher([type] {
    SDL_Delay(50);
    SDL_Event e{};
    e.type = type;
    SDL_PushEvent(&e);
  });
  SDL_Event e;
  const Uint64 start = SDL_GetTicks64();
  REQUIRE(waiter.wait(e, 5000));
  CHECK(e.type == type);
  CHECK(SDL_GetTicks64() - start < 1000);
  pusher.join();
}

TEST_CASE("drivers that can sleep by themselves keep SDL's own wait") {
  Headless sdl;
  CHECK(kiosk::ui::EventWaiter("x11").uses_sdl_wait());
  CHECK(kiosk::ui::EventWaiter("wayland").uses_sdl_wait());
}
