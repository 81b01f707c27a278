// The GPU renderer a board draws with (SDL's opengles2, here through Mesa under a real X
// server) draws every screen of the tour as the software renderer of the headless tests does.
// Runs inside tests/ui/in_xvfb.sh, which gives it the X server.
#include <doctest/doctest.h>

#include <cstdlib>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "app/app_support.hpp"
#include "support/image_compare.hpp"
#include "ui/png_pixels.hpp"
#include "ui/ui_support.hpp"
#include "ui/video.hpp"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

// The golden screenshots' tolerance (tests/ui/golden_screens_test.cpp): what rounding in
// blending and antialiasing may change, far below a moved word or button.
const test::Tolerance kTolerance{.channel = 24, .share = 0.0002};

// The names of the screenshots docs/tour.script takes, in order.
std::vector<std::string> tour_shots() {
  std::istringstream lines(test::read_text(test::source_dir() + "/docs/tour.script"));
  std::vector<std::string> shots;
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("screenshot ")) shots.push_back(line.substr(11));
  }
  return shots;
}

// Runs the tour at 800x480 in `out` (the tour names its screenshots relative to where the
// kiosk runs) with `display` ("--headless" for the software renderer, else a window).
void run_tour(const fs::path& out, const std::string& display) {
  fs::remove_all(out);
  fs::create_directories(out);
  const fs::path back = fs::current_path();
  fs::current_path(out);
  std::vector<std::string> args = {
      "--window", "800x480", "--db",     KIOSK_BUNDLED_DB,
      "--seed",   "7",       "--script", test::source_dir() + "/docs/tour.script",
      "--fast"};
  if (!display.empty()) args.push_back(display);
  const test::AppRun run = test::run_kiosk_main(args);
  fs::current_path(back);
  REQUIRE_MESSAGE(run.exit == ui::AppExit::Ok, run.err);
}

}  // namespace

TEST_CASE("the opengles2 renderer draws every screen of the tour as the software renderer does") {
  REQUIRE_MESSAGE(std::getenv("DISPLAY") != nullptr, "run inside tests/ui/in_xvfb.sh");
  // As screenshots.sh: a sound device, so screens with speech show Listen.
  setenv("SDL_AUDIODRIVER", "disk", 1);
  setenv("SDL_DISKAUDIOFILE", "/dev/null", 1);
  setenv("SDL_RENDER_DRIVER", "opengles2", 1);
  {
    // The hint is honoured here: the windowed runs below draw with the GPU renderer, not a
    // software fallback.
    ui::VideoOptions options;
    options.mode = ui::DisplayMode::Windowed;
    const ui::Video video(options);
    REQUIRE(video.render_driver() == "opengles2");
    MESSAGE("opengles2: largest texture " << video.max_texture().w << "x" << video.max_texture().h);
  }
  const fs::path base = fs::path(KIOSK_BINARY_DIR) / "gpu-renderer";
  run_tour(base / "opengles2", "");
  unsetenv("SDL_RENDER_DRIVER");
  run_tour(base / "software", "--headless");
  unsetenv("SDL_AUDIODRIVER");
  unsetenv("SDL_DISKAUDIOFILE");

  const std::vector<std::string> shots = tour_shots();
  REQUIRE(!shots.empty());
  for (const std::string& name : shots) {
    CAPTURE(name);
    std::string error;
    const std::optional<test::Pixels> gpu =
        test::load_png((base / "opengles2" / name).string(), error);
    REQUIRE_MESSAGE(gpu.has_value(), error);
    const std::optional<test::Pixels> software =
        test::load_png((base / "software" / name).string(), error);
    REQUIRE_MESSAGE(software.has_value(), error);
    const test::Comparison result = test::compare_images(*software, *gpu, kTolerance);
    // The staff panel shows free disk space, which may change between the two runs.
    if (name == "staff.png" && result.verdict == test::Verdict::TooManyDiffer) continue;
    CHECK_MESSAGE(result.verdict == test::Verdict::Pass,
                  result.differing << " of " << result.total << " pixels differ, in "
                                   << (base / "opengles2" / name).string() << " against "
                                   << (base / "software" / name).string());
  }
}
