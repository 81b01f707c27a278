// Opening the display: headless whatever the environment asks for, and the texture limit.
#include "ui/video.hpp"

#include <doctest/doctest.h>

#include <cstdlib>

using namespace kiosk;

namespace {

ui::VideoOptions headless(Size max_texture = {}) {
  ui::VideoOptions options;
  options.mode = ui::DisplayMode::Headless;
  options.max_texture = max_texture;
  return options;
}

}  // namespace

TEST_CASE("headless is headless even when the environment names a display driver") {
  // A Wayland session (or the kiosk's systemd unit, kmsdrm) sets SDL_VIDEODRIVER.
  setenv("SDL_VIDEODRIVER", "wayland", 1);
  setenv("SDL_RENDER_DRIVER", "opengles2", 1);
  {
    const ui::Video video(headless());
    CHECK(video.driver() == "dummy");
    CHECK(video.render_driver() == "software");
  }
  unsetenv("SDL_VIDEODRIVER");
  unsetenv("SDL_RENDER_DRIVER");
}

TEST_CASE("the largest texture is the renderer's, or the options' when they ask for less") {
  {
    const ui::Video video(headless());
    CHECK(video.max_texture() == Size{0, 0});  // the software renderer has no limit
  }
  {
    const ui::Video video(headless({1024, 2048}));
    CHECK(video.max_texture() == Size{1024, 2048});
  }
}
