// The kiosk's command line (CLI11).
#include "app/kiosk_main.hpp"

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <filesystem>
#include <ostream>
#include <regex>

#include "app/answer_recorder.hpp"
#include "app/live_database.hpp"
#include "app/state_dir.hpp"
#include "ui/app.hpp"

namespace kiosk::app {
namespace {

std::optional<Size> parse_size(const std::string& text) {
  static const std::regex pattern(R"((\d{2,5})x(\d{2,5}))");
  std::smatch m;
  if (!std::regex_match(text, m, pattern)) return std::nullopt;
  return Size{std::stoi(m[1]), std::stoi(m[2])};
}

// The kiosk's own files: stats, and private snapshots of the content. Without a writable state
// directory the kiosk still runs: it says so once, keeps no stats, and snapshots go to the
// temporary directory (or, failing that, the live file is read directly).
int run_kiosk(const ui::AppOptions& options, const std::string& db, const std::string& state,
              std::ostream& out, std::ostream& err) {
  std::unique_ptr<AnswerRecorder> recorder;
  std::string snapshots = state + "/snapshots";
  if (const std::string problem = prepare_writable_dir(snapshots); !problem.empty()) {
    err << "kiosk: " << problem << "; running without stats\n";
    snapshots = (std::filesystem::temp_directory_path() / ("kiosk-" + std::to_string(::getuid()))).string();
    if (!prepare_writable_dir(snapshots).empty()) snapshots.clear();
  } else {
    recorder = std::make_unique<AnswerRecorder>(state + "/stats.db", err);
  }
  LiveDatabase content(db, snapshots);
  return static_cast<int>(ui::run_app(options, ui::AppServices{content, recorder.get()}, out, err));
}

}  // namespace

int kiosk_main(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App cli{"kiosk: the briefing and quiz kiosk. Quit with Ctrl+Alt+Q."};
  ui::AppOptions options;
  std::string db = KIOSK_DEFAULT_DB;
  std::string window;
  bool headless = false;
  bool fast = false;
  double idle_seconds = 60;
  std::string script;
  std::string screenshot;
  std::string state_dir;
  cli.add_option("--db", db, "Content database file")->capture_default_str();
  cli.add_option("--window", window, "Run in a window of this size, e.g. 800x480 (default: fullscreen)");
  cli.add_flag("--headless", headless, "No display: SDL's dummy driver and the software renderer "
                                       "(size from --window, default 800x480)");
  cli.add_option("--script", script, "Run this headless script, then exit");
  cli.add_flag("--fast", fast, "Run the script on a simulated clock: waits take no time");
  cli.add_option("--screenshot", screenshot, "Write the last frame to this PNG on exit");
  std::string measure;
  cli.add_option("--measure", measure, "Write self-measurements (frame times, first frame, "
                                       "tap latency, peak memory) as JSON on exit");
  cli.add_flag("--trace", options.trace, "Print a line for each screen change, answer and content load");
  cli.add_option("--fonts", options.fonts_dir, "Folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf");
  cli.add_option("--state-dir", state_dir,
                 "Where stats and content snapshots are written (default: $STATE_DIRECTORY, "
                 "$XDG_STATE_HOME/kiosk or ~/.local/state/kiosk)");
  cli.add_option("--seed", options.seed, "Seed for drawing questions (0: new each start)");
  cli.add_option("--idle-timeout", idle_seconds, "Seconds without input before \"still there?\"")
      ->check(CLI::Range(5.0, 3600.0))->capture_default_str();
  cli.add_option("--round-length", options.visit.round_length, "Questions in a quiz round")
      ->check(CLI::Range(1, 50))->capture_default_str();
  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return cli.exit(e, out, err) == 0 ? 0 : 2;
  }
  options.visit.idle_timeout = static_cast<Millis>(idle_seconds * 1000);
  if (!window.empty()) {
    const std::optional<Size> size = parse_size(window);
    if (!size) {
      err << "kiosk: --window wants WIDTHxHEIGHT, such as 800x480, not '" << window << "'\n";
      return 2;
    }
    options.video.size = *size;
    options.video.mode = ui::DisplayMode::Windowed;
  }
  if (headless) options.video.mode = ui::DisplayMode::Headless;
  if (!script.empty()) options.script_path = script;
  if (!screenshot.empty()) options.screenshot_path = screenshot;
  if (!measure.empty()) options.measure_path = measure;
  options.clock = fast ? ui::ClockMode::Simulated : ui::ClockMode::RealTime;
  return run_kiosk(options, db, state_dir.empty() ? default_state_dir() : state_dir, out, err);
}

}  // namespace kiosk::app
