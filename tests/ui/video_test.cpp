// Opening the display: the texture limit.
#include "ui/video.hpp"

#include <doctest/doctest.h>

using namespace kiosk;

namespace {

ui::VideoOptions headless(Size max_texture = {}) {
  ui::VideoOptions options;
  options.mode = ui::DisplayMode::Headless;
  options.max_texture = max_texture;
  return options;
}

}  // namespace

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
