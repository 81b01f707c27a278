// Settings for a board: the configuration file, the command line over it, a rotated panel,
// opening hours, the quit key.
#include <doctest/doctest.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <sstream>

#include "app/app_support.hpp"
#include "app/config.hpp"
#include "app/kiosk_main.hpp"
#include "ui/ui_support.hpp"

using namespace kiosk;

TEST_CASE("the configuration file sets every board setting") {
  test::TempDir dir;
  std::filesystem::create_directory(dir.file("fonts"));
  test::write_text(dir.file("fonts/DejaVuSans.ttf"), "font");
  test::write_text(dir.file("fonts/DejaVuSans-Bold.ttf"), "font");
  test::write_text(
      dir.file("kiosk.toml"),
      "db = \"/srv/content.db\"\nstate_dir = \"/srv/state\"\nrotate = 90\nidle_timeout = 30\n"
      "still_there = 45\nround_length = 7\nopening_hours = \"Mon-Fri 09:00-17:00\"\nquit_key = "
      "\"ctrl+alt+x\"\n"
      "fonts = \"" +
          dir.file("fonts") + "\"\nrenderer = \"software\"\nlanguage = \"be\"\n");
  app::KioskConfig c;
  CHECK(app::read_config(dir.file("kiosk.toml"), c).empty());
  CHECK(c.db == "/srv/content.db");
  CHECK(c.state_dir == "/srv/state");
  CHECK(c.rotate == "90");
  CHECK(c.idle_timeout == 30);
  CHECK(c.still_there == 45);
  CHECK(c.round_length == 7);
  CHECK(c.opening_hours == "Mon-Fri 09:00-17:00");
  CHECK(c.quit_key == "ctrl+alt+x");
  CHECK(c.fonts == dir.file("fonts"));
  CHECK(c.renderer == "software");
  CHECK(c.language == "be");
}

TEST_CASE("a mistake in the configuration file costs that setting only, with its line") {
  test::TempDir dir;
  test::write_text(dir.file("kiosk.toml"),
                   "db = \"/x.db\"\nrotation = 90\nround_length = \"five\"\n"
                   "rotate = 45\nidle_timeout = 30\nquit_key = \"ctrl+hyper+q\"\n"
                   "opening_hours = \"Mon 9-5\"\n");
  app::KioskConfig c;
  const auto problems = app::read_config(dir.file("kiosk.toml"), c);
  REQUIRE(problems.size() == 5);
  CHECK(problems[0].text() == dir.file("kiosk.toml") + ":2: unknown setting 'rotation'");
  CHECK(problems[1].text() == dir.file("kiosk.toml") + ":3: 'round_length' must be a whole number");
  CHECK(problems[2].text() ==
        dir.file("kiosk.toml") + ":4: rotate must be 0, 90, 180 or 270, not '45'");
  CHECK(problems[3].text().starts_with(dir.file("kiosk.toml") +
                                       ":6: quit_key 'ctrl+hyper+q' is not a key"));
  CHECK(problems[4].text().starts_with(dir.file("kiosk.toml") + ":7: opening hours:"));
  CHECK(app::config_problems_summary(problems) ==
        "5 settings in " + dir.file("kiosk.toml") +
            " (lines 2, 3, 4, 6, 7); defaults used, details in the journal");
  const app::KioskConfig defaults;
  CHECK(c.db == "/x.db");  // the good settings are taken
  CHECK(c.idle_timeout == 30);
  CHECK(c.round_length == defaults.round_length);  // the bad ones keep their defaults
  CHECK(c.rotate == defaults.rotate);
  CHECK(c.quit_key == defaults.quit_key);
  CHECK(c.opening_hours == defaults.opening_hours);
}

TEST_CASE("still-there shorter than WCAG's 20 seconds is refused and the default kept") {
  test::TempDir dir;
  test::write_text(dir.file("kiosk.toml"), "still_there = 10\n");
  app::KioskConfig c;
  const auto problems = app::read_config(dir.file("kiosk.toml"), c);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].text() ==
        dir.file("kiosk.toml") +
            ":1: still_there must be 20 to 600 seconds (a visitor needs at least 20 to respond)");
  CHECK(c.still_there == 20);
  test::write_text(dir.file("kiosk.toml"), "still_there = \"long\"\n");
  CHECK(app::read_config(dir.file("kiosk.toml"), c).front().what ==
        "'still_there' must be a number of seconds");
}

TEST_CASE("a configuration file that does not parse changes nothing and says where") {
  test::TempDir dir;
  test::write_text(dir.file("kiosk.toml"), "round_length = 3\nrotate = [90\n");
  app::KioskConfig c;
  const auto problems = app::read_config(dir.file("kiosk.toml"), c);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == dir.file("kiosk.toml"));
  CHECK(problems[0].line >= 2);
  CHECK(problems[0].scope == app::ConfigScope::WholeFile);
  CHECK(c.round_length == app::KioskConfig{}.round_length);
}

TEST_CASE("values that are not numbers, and font folders without the fonts, are mistakes too") {
  test::TempDir dir;
  test::write_text(dir.file("kiosk.toml"),
                   "idle_timeout = nan\nfonts = \"" + dir.path().string() + "\"\n");
  app::KioskConfig c;
  const auto problems = app::read_config(dir.file("kiosk.toml"), c);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].text().ends_with(":1: idle_timeout must be 5 to 3600 seconds"));
  CHECK(problems[1].text().ends_with(":2: no fonts in '" + dir.path().string() +
                                     "' (it needs DejaVuSans.ttf and DejaVuSans-Bold.ttf)"));
  CHECK(c.idle_timeout == app::KioskConfig{}.idle_timeout);
  CHECK(c.fonts.empty());
  CHECK(test::run_kiosk_main({"--headless", "--idle-timeout", "nan"})
            .err.find("idle_timeout must be 5 to 3600") != std::string::npos);
}

TEST_CASE(
    "a configuration file that cannot be read is ignored whole, and the staff panel says so") {
  test::TempDir dir;
  std::filesystem::create_directory(dir.file("kiosk.toml"));  // a folder where the file should be
  app::KioskConfig c;
  const auto problems = app::read_config(dir.file("kiosk.toml"), c);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].scope == app::ConfigScope::WholeFile);
  CHECK(app::config_problems_summary(problems).starts_with(dir.file("kiosk.toml") + " ignored ("));
  test::write_text(dir.file("s"), "quit\n");
  const test::AppRun run =
      test::run_kiosk_main({"--config", dir.file("kiosk.toml"), "--headless", "--fast", "--script",
                            dir.file("s"), "--db", KIOSK_BUNDLED_DB});
  CHECK(run.exit == ui::AppExit::Ok);
  CHECK(run.err.find("the whole file is ignored, defaults used") != std::string::npos);
}

TEST_CASE("a --config naming no file is a mistake on the command line: the kiosk stops") {
  test::TempDir dir;
  const test::AppRun run =
      test::run_kiosk_main({"--config", dir.file("nothing.toml"), "--headless"});
  CHECK(static_cast<int>(run.exit) == 2);
  CHECK(run.err.find("--config: no file at '" + dir.file("nothing.toml") + "'") !=
        std::string::npos);
}

TEST_CASE(
    "with a mistake in its configuration file the kiosk runs on defaults and tells the staff") {
  test::TempDir dir;
  test::write_text(dir.file("kiosk.toml"),
                   "db = \"" KIOSK_BUNDLED_DB "\"\nrotate = 45\nround_lenght = 3\n");
  test::write_text(dir.file("s"), "press Touch to begin\nkey ctrl+alt+s\nquit\n");
  const test::AppRun run = test::run_kiosk_main({"--config", dir.file("kiosk.toml"), "--headless",
                                                 "--fast", "--trace", "--script", dir.file("s")});
  CHECK(run.exit == ui::AppExit::Ok);
  CHECK(run.err.find(":2: rotate must be 0, 90, 180 or 270, not '45'; using the default") !=
        std::string::npos);
  CHECK(run.err.find(":3: unknown setting 'round_lenght'; using the default") != std::string::npos);
  REQUIRE_FALSE(run.trace.empty());
  CHECK(run.trace.front().starts_with("content loaded"));  // the file's db was taken
  const std::string row = "staff row Settings ignored: 2 settings in " + dir.file("kiosk.toml") +
                          " (lines 2, 3); defaults used, details in the journal";
  CHECK(std::find(run.trace.begin(), run.trace.end(), row) != run.trace.end());
}

TEST_CASE("the command line overrides the configuration file") {
  test::TempDir dir;
  test::write_text(dir.file("kiosk.toml"), "db = \"/nonexistent.db\"\nround_length = 3\n");
  test::write_text(dir.file("s"), "press Touch to begin\npress Quiz\n");
  const test::AppRun run =
      test::run_kiosk_main({"--config", dir.file("kiosk.toml"), "--db", KIOSK_BUNDLED_DB,
                            "--headless", "--fast", "--trace", "--script", dir.file("s"),
                            "--state-dir", dir.file("state"), "--round-length", "2"});
  CHECK(run.exit == ui::AppExit::Ok);
  CHECK(run.trace.front().starts_with("content loaded"));  // the --db, not the file's
}

TEST_CASE("bad settings are refused with a clear message") {
  CHECK(test::run_kiosk_main({"--headless", "--rotate", "45"})
            .err.find("rotate must be 0, 90, 180 or 270") != std::string::npos);
  CHECK(test::run_kiosk_main({"--headless", "--opening-hours", "Mon 9-5"})
            .err.find("opening hours:") != std::string::npos);
  CHECK(test::run_kiosk_main({"--headless", "--renderer", "vulkan"})
            .err.find("renderer must be auto or software") != std::string::npos);
  CHECK(test::run_kiosk_main({"--headless", "--language", "русский"})
            .err.find("language must be a language code such as en, ru or be") !=
        std::string::npos);
  test::TempDir dir;
  test::write_text(dir.file("s"), "quit\n");
  const test::AppRun run =
      test::run_kiosk_main({"--headless", "--quit-key", "ctrl+hyper+q", "--script", dir.file("s"),
                            "--db", KIOSK_BUNDLED_DB, "--state-dir", dir.file("state")});
  CHECK(run.exit == ui::AppExit::CannotStart);
  CHECK(run.err.find("quit_key 'ctrl+hyper+q' is not a key combination") != std::string::npos);
}

TEST_CASE("a panel mounted sideways: the picture is upright, touches land where they should") {
  test::TempDir dir;
  test::MemoryContent content(test::answerable_library());
  ui::AppOptions options = test::headless_options({800, 480});
  options.rotation = Rotation::R90;
  options.screenshot_path = dir.file("rotated.png");
  // Script coordinates are the picture's (480 wide, 800 high): press finds the buttons there.
  const test::AppRun run =
      test::run_script("press Touch to begin\npress Quiz\npress The right one\n", content, options);
  CHECK(run.exit == ui::AppExit::Ok);
  CHECK(run.trace.back() == "screen feedback");
  CHECK(run.trace[run.trace.size() - 2].ends_with(" correct"));
  SDL_Surface* shot = IMG_Load(dir.file("rotated.png").c_str());
  REQUIRE(shot != nullptr);
  CHECK(shot->w == 800);  // the panel as mounted
  CHECK(shot->h == 480);
  SDL_FreeSurface(shot);
  CHECK(test::count_pixels(dir.file("rotated.png"), Colour::Success) > 3000);
}

TEST_CASE("a tap at the panel's own coordinates reaches the upright picture's button") {
  test::MemoryContent content(test::answerable_library());
  for (const Rotation r : {Rotation::R90, Rotation::R180, Rotation::R270}) {
    ui::AppOptions options = test::headless_options({800, 480});
    options.rotation = r;
    // The attract screen is one big button: any tap begins, wherever it lands.
    const test::AppRun run = test::run_script("tap 10 10\n", content, options);
    CHECK(run.traced("screen home"));
  }
}

TEST_CASE("outside opening hours the screen is dark and a touch wakes it") {
  // Open one minute a day, twelve hours from now: closed for the whole test.
  const std::time_t t = std::time(nullptr) + 12 * 3600;
  std::tm later{};
  localtime_r(&t, &later);
  char hours[64];
  std::snprintf(hours, sizeof hours, "Mon-Sun %02d:%02d-%02d:%02d", later.tm_hour, later.tm_min / 2,
                later.tm_hour, later.tm_min / 2 + 1);
  test::MemoryContent content(test::answerable_library());
  ui::AppOptions options = test::headless_options();
  options.opening_hours = *parse_opening_hours(hours).hours;
  test::TempDir dir;
  const test::AppRun run = test::run_script(
      "wait 10\nscreenshot " + dir.file("dark.png") + "\ntap 400 240\npress Touch to begin\n",
      content, options);
  CHECK(run.traced("hours closed"));
  CHECK(run.traced("hours woken"));
  CHECK(run.trace.back() == "screen home");
  CHECK(test::count_pixels(dir.file("dark.png"), Colour::Black) == 800 * 480);
}

// On the simulated clock the wall clock moves with the script: closed from 03:00 to 04:00
// every day, a script that starts at 02:55 and waits until 03:30 and then 04:30 sees the screen
// go dark and light again, and a visitor can begin.
TEST_CASE("on the simulated clock a scripted night closes the kiosk and the morning opens it") {
  test::MemoryContent content(test::answerable_library());
  ui::AppOptions options = test::headless_options();
  std::tm start{};
  start.tm_year = 2026 - 1900;
  start.tm_mon = 10;  // 2 November 2026: no daylight saving change near it anywhere
  start.tm_mday = 2;
  start.tm_hour = 2;
  start.tm_min = 55;
  start.tm_isdst = -1;
  options.simulated_wall_start = std::mktime(&start);
  options.opening_hours = *parse_opening_hours("Mon-Sun 00:00-03:00,04:00-24:00").hours;
  test::TempDir dir;
  const test::AppRun run =
      test::run_script("wait-until 03:30\nscreenshot " + dir.file("night.png") +
                           "\nwait-until 04:30\npress Touch to begin\n",
                       content, options);
  REQUIRE(run.exit == ui::AppExit::Ok);
  const auto closed = std::ranges::find(run.trace, "hours closed");
  REQUIRE(closed != run.trace.end());
  CHECK(std::find(closed, run.trace.end(), "hours open") != run.trace.end());
  CHECK_FALSE(run.traced("hours woken"));  // opened by the clock, not by a touch
  CHECK(run.trace.back() == "screen home");
  CHECK(test::count_pixels(dir.file("night.png"), Colour::Black) == 800 * 480);
}

TEST_CASE("without a display, a kiosk that is not headless says so and stops") {
  // A board without a display, whatever the machine running the test has: no X11 or Wayland
  // session, and SDL left with the invisible driver it falls back to there (pinned, so that a
  // machine with a GPU does not take its console instead).
  const test::ScopedEnv no_x11("DISPLAY", nullptr);
  const test::ScopedEnv no_wayland("WAYLAND_DISPLAY", nullptr);
  const test::ScopedEnv fallback("SDL_VIDEODRIVER", "offscreen");
  test::TempDir dir;
  const test::AppRun run = test::run_kiosk_main(
      {"--window", "800x480", "--db", KIOSK_BUNDLED_DB, "--state-dir", dir.file("state")});
  CHECK(run.exit == ui::AppExit::CannotStart);
  CHECK(run.err.find("no display was found") != std::string::npos);
  CHECK(run.err.find("SDL chose the 'offscreen' driver") != std::string::npos);
  CHECK(run.err.find("--headless") != std::string::npos);
}

TEST_CASE("without a db setting the kiosk reads the bundled content installed beside it") {
  // /usr/bin/kiosk -> /usr/share/kiosk/content.db, whatever prefix the package was built for.
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe");
  CHECK(std::filesystem::path(app::default_database_path()) ==
        exe.parent_path().parent_path() / "share" / "kiosk" / "content.db");
  CHECK(app::KioskConfig{}.db == app::default_database_path());
}

TEST_CASE("the configuration file sets the speech volume and the listen key") {
  test::TempDir dir;
  test::write_text(dir.file("kiosk.toml"), "volume = 40\nlisten_key = \"f9\"\n");
  app::KioskConfig c;
  CHECK(app::read_config(dir.file("kiosk.toml"), c).empty());
  CHECK(c.volume == 40);
  CHECK(c.listen_key == "f9");
  const app::KioskConfig defaults;
  CHECK(defaults.volume == 100);
  CHECK(defaults.listen_key.empty());  // no key unless one is set
}

TEST_CASE("a volume out of range or a listen key that is no key is refused with its line") {
  test::TempDir dir;
  test::write_text(dir.file("kiosk.toml"), "volume = 140\nlisten_key = \"hyper+nothing\"\n");
  app::KioskConfig c;
  const auto problems = app::read_config(dir.file("kiosk.toml"), c);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].text() == dir.file("kiosk.toml") + ":1: volume must be 0 to 100");
  CHECK(problems[1].text().starts_with(dir.file("kiosk.toml") +
                                       ":2: listen_key 'hyper+nothing' is not a key"));
  CHECK(c.volume == app::KioskConfig{}.volume);
  CHECK(c.listen_key.empty());
}
