// The kiosk's command line (CLI11) over its configuration file.
#include "app/kiosk_main.hpp"

#include <unistd.h>
#include <CLI/CLI.hpp>

#include <filesystem>
#include <ostream>
#include <regex>
#include <system_error>

#include "app/answer_recorder.hpp"
#include "app/config.hpp"
#include "app/live_database.hpp"
#include "app/service_notifier.hpp"
#include "app/state_dir.hpp"
#include "core/opening_hours.hpp"
#include "core/rotation.hpp"
#include "ui/app.hpp"

namespace kiosk::app {
namespace {

constexpr const char* kDefaultConfig = "/etc/kiosk/kiosk.toml";

// Whether there is something at `path`. A path that cannot be looked at (a folder without
// permission) counts as there, so that reading it reports the problem rather than skipping it.
bool file_is_there(const std::string& path) {
  std::error_code ec;
  const bool there = std::filesystem::exists(path, ec);
  return there || ec;
}

std::optional<Size> parse_size(const std::string& text) {
  static const std::regex pattern(R"((\d{2,5})x(\d{2,5}))");
  std::smatch m;
  if (!std::regex_match(text, m, pattern)) return std::nullopt;
  return Size{std::stoi(m[1]), std::stoi(m[2])};
}

// What only the command line says (not settings of a board).
struct RunOptions {
  std::string config;
  std::string window;
  bool headless = false;
  bool fast = false;
  std::string script;
  std::string screenshot;
  std::string measure;
  bool trace = false;
  std::uint64_t seed = 0;
};

// The kiosk's own files: stats, and private snapshots of the content. Without a writable state
// directory the kiosk still runs: it says so once, keeps no stats, and snapshots go to the
// temporary directory (or, failing that, the live file is read directly).
int run_kiosk(const ui::AppOptions& options, const std::string& db, const std::string& state,
              std::ostream& out, std::ostream& err) {
  std::unique_ptr<AnswerRecorder> recorder;
  std::string snapshots = state + "/snapshots";
  if (const std::optional<std::string> problem = prepare_writable_dir(snapshots)) {
    err << "kiosk: " << *problem << "; running without stats\n";
    snapshots =
        (std::filesystem::temp_directory_path() / ("kiosk-" + std::to_string(::getuid()))).string();
    if (prepare_writable_dir(snapshots)) snapshots.clear();
  } else {
    recorder = std::make_unique<AnswerRecorder>(state + "/stats.db", err);
  }
  LiveDatabase content(db, snapshots);
  SystemdNotifier notifier;
  return static_cast<int>(
      ui::run_app(options, ui::AppServices{content, recorder.get(), &notifier}, out, err));
}

// Turns the settings into the front end's options; an error message, or "".
std::string to_app_options(const KioskConfig& c, const RunOptions& r, ui::AppOptions& o) {
  for (const std::string& name : setting_names()) {
    if (std::optional<std::string> problem = setting_problem(name, c)) return *problem;
  }
  o.rotation = *rotation_from_degrees(c.rotate);
  o.opening_hours = *parse_opening_hours(c.opening_hours).hours;
  o.visit.idle_timeout = static_cast<Millis>(c.idle_timeout * 1000);
  o.visit.still_there_for = static_cast<Millis>(c.still_there * 1000);
  o.visit.round_length = c.round_length;
  o.quit_key = c.quit_key;
  o.listen_key = c.listen_key;
  o.volume = c.volume;
  o.language = c.language;
  o.fonts_dir = c.fonts;
  o.video.software = c.renderer == "software";
  if (!r.window.empty()) {
    const std::optional<Size> size = parse_size(r.window);
    if (!size) return "--window wants WIDTHxHEIGHT, such as 800x480, not '" + r.window + "'";
    o.video.size = *size;
    o.video.mode = ui::DisplayMode::Windowed;
  }
  if (r.headless) o.video.mode = ui::DisplayMode::Headless;
  if (!r.script.empty()) o.script_path = r.script;
  if (!r.screenshot.empty()) o.screenshot_path = r.screenshot;
  if (!r.measure.empty()) o.measure_path = r.measure;
  o.trace = r.trace;
  o.seed = r.seed;
  o.clock = r.fast ? ui::ClockMode::Simulated : ui::ClockMode::RealTime;
  return {};
}

void add_run_options(CLI::App& cli, RunOptions& r) {
  cli.add_option("--config", r.config,
                 std::string("Configuration file (default ") + kDefaultConfig + " if present)");
  cli.add_option("--window", r.window,
                 "Run in a window of this size, e.g. 800x480 (default: fullscreen)");
  cli.add_flag("--headless", r.headless,
               "No display: SDL's dummy driver and the software renderer "
               "(size from --window, default 800x480)");
  cli.add_option("--script", r.script, "Run this headless script, then exit");
  cli.add_flag("--fast", r.fast, "Run the script on a simulated clock: waits take no time");
  cli.add_option("--screenshot", r.screenshot, "Write the last frame to this PNG on exit");
  cli.add_option("--measure", r.measure,
                 "Write self-measurements (frame times, first frame, "
                 "tap latency, peak memory) as JSON on exit");
  cli.add_flag("--trace", r.trace, "Print a line for each screen change, answer and content load");
  cli.add_option("--seed", r.seed, "Seed for drawing questions (0: new each start)");
}

// Board settings: each is in the configuration file and overridable here.
void add_settings(CLI::App& cli, KioskConfig& c) {
  cli.add_option("--db", c.db, "Content database file (db)");
  cli.add_option(
      "--state-dir", c.state_dir,
      "Where stats and content snapshots are written "
      "(state_dir; default $STATE_DIRECTORY, $XDG_STATE_HOME/kiosk or ~/.local/state/kiosk)");
  cli.add_option("--rotate", c.rotate,
                 "Panel mounted turned by 0, 90, 180 or 270 degrees (rotate)");
  cli.add_option("--idle-timeout", c.idle_timeout,
                 "Seconds without input before \"still there?\" (idle_timeout)");
  cli.add_option("--still-there", c.still_there,
                 "Seconds the \"still there?\" prompt waits for a touch, 20 to 600 (still_there)");
  cli.add_option("--round-length", c.round_length, "Questions in a quiz round (round_length)");
  cli.add_option(
      "--opening-hours", c.opening_hours,
      "e.g. \"Mon-Fri 09:00-17:00; Sat 10:00-16:00\": dark outside them, woken by a touch "
      "(opening_hours; default always open)");
  cli.add_option("--quit-key", c.quit_key,
                 "Key combination that quits, e.g. ctrl+alt+q (quit_key)");
  cli.add_option("--listen-key", c.listen_key,
                 "Key that acts as Listen, e.g. f9, for a big USB button (listen_key)");
  cli.add_option("--volume", c.volume, "Speech volume, 0 to 100; 0 hides Listen (volume)");
  cli.add_option("--fonts", c.fonts, "Folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf (fonts)");
  cli.add_option("--renderer", c.renderer, "auto (GPU where present) or software (renderer)");
  cli.add_option("--language", c.language,
                 "Language each visit starts in, e.g. ru (language; default the content's own; "
                 "a visitor may choose another, and the visit's end returns to this one)");
}

}  // namespace

int kiosk_main(int argc, char** argv, std::ostream& out, std::ostream& err) {
  // The configuration file first, then the command line over it: read the command line once
  // to find the file, then again so that its options win.
  RunOptions run;
  KioskConfig config;
  {
    CLI::App probe;
    probe.allow_extras();
    probe.add_option("--config", run.config);
    probe.set_help_flag();
    try {
      probe.parse(argc, argv);
    } catch (const CLI::ParseError&) {
    }
  }
  if (!run.config.empty() && !file_is_there(run.config)) {
    err << "kiosk: --config: no file at '" << run.config << "'\n";
    return 2;
  }
  const std::string config_path = !run.config.empty()             ? run.config
                                  : file_is_there(kDefaultConfig) ? kDefaultConfig
                                                                  : "";
  // A mistake in the file costs that setting, not the kiosk: nobody may be there to fix it, and
  // a dark screen restarted every two seconds helps no one. The staff panel shows it too.
  std::vector<ConfigProblem> config_problems;
  if (!config_path.empty()) {
    config_problems = read_config(config_path, config);
    for (const ConfigProblem& p : config_problems) {
      err << "kiosk: " << p.text()
          << (p.scope == ConfigScope::WholeFile ? "; the whole file is ignored, defaults used\n"
                                                : "; using the default\n");
    }
  }
  CLI::App cli{"kiosk: the briefing and quiz kiosk. Settings come from " +
               std::string(kDefaultConfig) +
               " (or --config) and the options below override them. Quit with Ctrl+Alt+Q."};
  add_run_options(cli, run);
  add_settings(cli, config);
  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return cli.exit(e, out, err) == 0 ? 0 : 2;
  }
  ui::AppOptions options;
  if (!config_problems.empty()) options.settings_notice = config_problems_summary(config_problems);
  if (const std::string problem = to_app_options(config, run, options); !problem.empty()) {
    err << "kiosk: " << problem << '\n';
    return 2;
  }
  return run_kiosk(options, config.db,
                   config.state_dir.empty() ? default_state_dir() : config.state_dir, out, err);
}

}  // namespace kiosk::app
