// A GPU that lost its textures (SDL_RENDER_DEVICE_RESET): the kiosk makes them anew and the
// screen looks as it did.
#include <doctest/doctest.h>

#include <algorithm>

#include "png_pixels.hpp"
#include "support/memory_content.hpp"
#include "support/support.hpp"
#include "ui_support.hpp"

using namespace kiosk;

TEST_CASE("after the renderer loses its textures the card is drawn again exactly as before") {
  test::TempDir dir;
  test::MemoryContent content(test::answerable_library());
  const test::AppRun run = test::run_script(
      "press Touch to begin\npress Briefings\nscreenshot " + dir.file("before.png") +
          "\nrender-reset\nwait 100\nscreenshot " + dir.file("after.png") + "\n",
      content);
  REQUIRE_MESSAGE(run.exit == ui::AppExit::Ok, run.err);
  const auto reset = std::ranges::find(run.trace, "renderer reset");
  REQUIRE(reset != run.trace.end());
  std::string error;
  const std::optional<test::Pixels> before = test::load_png(dir.file("before.png"), error);
  const std::optional<test::Pixels> after = test::load_png(dir.file("after.png"), error);
  REQUIRE_MESSAGE(before.has_value(), error);
  REQUIRE_MESSAGE(after.has_value(), error);
  CHECK(after->rgba == before->rgba);
  CHECK(std::count(before->rgba.begin(), before->rgba.end(), 0) < 800 * 480 * 3);  // not blank
}
