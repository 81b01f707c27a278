// Golden screenshots: the tour of every screen (docs/tour.script) in every language at both panel
// sizes, run as toolchain/screenshots.sh runs it, each frame compared under a tolerance with the
// committed docs/screens/LANG/SIZE/NAME.png. After a deliberate visual change one regenerates
// them with toolchain/screenshots.sh, looks at them, and commits them.
#include <doctest/doctest.h>

#include <cstdlib>

#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <sstream>
#include <string>
#include <vector>

#include "app/app_support.hpp"
#include "support/image_compare.hpp"
#include "ui/png_pixels.hpp"
#include "ui/ui_support.hpp"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

// Two runs on one machine give the same pixels. The channel step absorbs rounding in blending
// and antialiasing that another machine or processor may do differently (the rounded corners are
// sampled in 1/16 steps, 16 of 255). The share, 1 in 5000 pixels (76 at 800x480, 184 at
// 720x1280), absorbs a few pixels of a shape rounded the other way; it is far below what a real
// change costs: one word moved by 1 px at 800x480 is 585 pixels (0.15 %), a button moved by 2 px
// 1057, the smallest change ever committed to the screenshots 0.17 % of a portrait screen.
const test::Tolerance kTolerance{.channel = 24, .share = 0.0002};
const std::vector<std::string> kLanguages = {"en", "ru", "be"};  // as toolchain/screenshots.sh

// Screens that show the machine they run on (the staff panel: the database's path and build
// time, free disk) and so cannot look the same on two machines: their golden copies must be
// there and the same size, but their pixels are not compared.
const std::vector<std::string> kShowsTheMachine = {"staff.png"};

struct Tour {
  std::string script;              // the tour, writing its screenshots into one folder
  std::vector<std::string> shots;  // the screenshots' names, in order
};

// docs/tour.script with every screenshot written into `out` instead of the working directory
// (the script's names are relative to where the kiosk runs), and the names it takes.
Tour tour_into(const fs::path& out) {
  std::istringstream lines(test::read_text(test::source_dir() + "/docs/tour.script"));
  Tour tour;
  const std::string verb = "screenshot ";
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with(verb)) {
      tour.shots.push_back(line.substr(verb.size()));
      line = verb + (out / tour.shots.back()).string();
    }
    tour.script += line + '\n';
  }
  return tour;
}

// The committed screenshots of one language at one size that the tour no longer takes.
std::vector<std::string> stale_goldens(const fs::path& goldens, const Tour& tour) {
  std::vector<std::string> stale;
  std::error_code ec;  // no folder at all: every shot reports its missing golden instead
  for (const fs::directory_entry& entry : fs::directory_iterator(goldens, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".png" &&
        std::find(tour.shots.begin(), tour.shots.end(), name) == tour.shots.end()) {
      stale.push_back(name);
    }
  }
  return stale;
}

std::string percent(double share) {
  std::ostringstream text;
  text << std::fixed << std::setprecision(3) << share * 100 << " %";
  return text.str();
}

const std::string kRegenerate =
    "\n  after a deliberate visual change: toolchain/screenshots.sh, look at the images, commit "
    "them";

// Fails with where to look: the new image, and a difference image written beside it.
void report_difference(const std::string& golden_name, const fs::path& new_path,
                       const test::Pixels& golden, const test::Pixels& actual,
                       const test::Comparison& result) {
  const fs::path diff_path =
      new_path.parent_path() / (new_path.stem().string() + "-diff" + new_path.extension().string());
  std::string error;
  const bool saved =
      test::save_png(test::difference_image(golden, actual, kTolerance), diff_path.string(), error);
  FAIL_CHECK(golden_name << ": " << percent(result.share()) << " of pixels differ by more than "
                         << kTolerance.channel << "/255 (at most " << percent(kTolerance.share)
                         << " may)\n  new:  " << new_path.string()
                         << "\n  diff: " << (saved ? diff_path.string() : "not written, " + error)
                         << " (magenta where they differ)" << kRegenerate);
}

// Compares the new screenshot `name` in `out` with its golden copy in `goldens`.
void check_shot(const fs::path& goldens, const fs::path& out, const std::string& name) {
  const fs::path golden_path = goldens / name;
  const fs::path new_path = out / name;
  const std::string golden_name = fs::relative(golden_path, test::source_dir()).string();
  std::string error;
  const std::optional<test::Pixels> actual = test::load_png(new_path.string(), error);
  REQUIRE_MESSAGE(actual.has_value(), "the tour's " << name << ": " << error);
  const std::optional<test::Pixels> golden = test::load_png(golden_path.string(), error);
  if (!golden) {
    FAIL_CHECK("no golden " << golden_name << " (" << error << "); new: " << new_path.string()
                            << kRegenerate);
    return;
  }
  const test::Comparison result = test::compare_images(*golden, *actual, kTolerance);
  const bool shows_the_machine =
      std::find(kShowsTheMachine.begin(), kShowsTheMachine.end(), name) != kShowsTheMachine.end();
  if (result.verdict == test::Verdict::SizesDiffer) {
    FAIL_CHECK(golden_name << " is " << golden->width << "x" << golden->height << ", the new one "
                           << actual->width << "x" << actual->height << ": " << new_path.string()
                           << kRegenerate);
  } else if (result.verdict == test::Verdict::TooManyDiffer && !shows_the_machine) {
    report_difference(golden_name, new_path, *golden, *actual, result);
  }
}

// Runs the tour in `language` at `size` (such as "800x480") as toolchain/screenshots.sh does,
// and compares every screenshot with docs/screens/LANGUAGE/SIZE.
void check_goldens(const std::string& language, const std::string& size) {
  const fs::path out = fs::path(KIOSK_BINARY_DIR) / "golden-screens" / language / size;
  fs::remove_all(out);
  fs::create_directories(out);
  const fs::path goldens = fs::path(test::source_dir()) / "docs" / "screens" / language / size;
  const Tour tour = tour_into(out);
  const test::TempDir dir;  // each tour starts with no answers on record
  test::write_text(dir.file("tour.script"), tour.script);
  // A sound device, as screenshots.sh gives the kiosk (SDL's disk driver into nowhere): with
  // one, screens with speech show Listen, as on a board.
  setenv("SDL_AUDIODRIVER", "disk", 1);
  setenv("SDL_DISKAUDIOFILE", "/dev/null", 1);
  const test::AppRun run = test::run_kiosk_main(
      {"--headless", "--window", size, "--db", KIOSK_BUNDLED_DB, "--seed", "7", "--language",
       language, "--state-dir", dir.file("state"), "--script", dir.file("tour.script"), "--fast"});
  unsetenv("SDL_AUDIODRIVER");
  unsetenv("SDL_DISKAUDIOFILE");
  REQUIRE_MESSAGE(run.exit == ui::AppExit::Ok, run.err);
  REQUIRE(!tour.shots.empty());
  for (const std::string& name : tour.shots) check_shot(goldens, out, name);
  for (const std::string& name : stale_goldens(goldens, tour)) {
    FAIL_CHECK("docs/screens/" << language << "/" << size << "/" << name
                               << " is not taken by docs/tour.script any more: remove it");
  }
}

}  // namespace

TEST_CASE("every screen in English at 800x480 looks like its golden screenshot") {
  check_goldens("en", "800x480");
}

TEST_CASE("every screen in English at 720x1280 looks like its golden screenshot") {
  check_goldens("en", "720x1280");
}

TEST_CASE("every screen in Russian at 800x480 looks like its golden screenshot") {
  check_goldens("ru", "800x480");
}

TEST_CASE("every screen in Russian at 720x1280 looks like its golden screenshot") {
  check_goldens("ru", "720x1280");
}

TEST_CASE("every screen in Belarusian at 800x480 looks like its golden screenshot") {
  check_goldens("be", "800x480");
}

TEST_CASE("every screen in Belarusian at 720x1280 looks like its golden screenshot") {
  check_goldens("be", "720x1280");
}

TEST_CASE("the golden screenshots cover every language the bundled content offers") {
  std::vector<std::string> offered;
  for (const LanguageChoice& choice : test::open_bundled()->languages()) {
    offered.push_back(choice.code);
  }
  std::vector<std::string> covered = kLanguages;
  std::sort(offered.begin(), offered.end());
  std::sort(covered.begin(), covered.end());
  CHECK(offered == covered);
}
