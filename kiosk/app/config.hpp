// The kiosk's configuration file (/etc/kiosk/kiosk.toml): every setting a board needs, each of
// which a command-line option overrides.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kiosk::app {

// Where the installed package keeps the bundled content (PREFIX/share/kiosk/content.db).
std::string default_database_path();

struct KioskConfig {
  std::string db = default_database_path();
  std::string state_dir;     // "" = the default (see state_dir.hpp)
  std::string rotate = "0";  // 0, 90, 180 or 270
  double idle_timeout = 60;  // seconds
  double still_there = 20;   // seconds the "still there?" prompt waits (at least 20: WCAG 2.2.1)
  int round_length = 5;
  std::string opening_hours;  // "" = always open; e.g. "Mon-Fri 09:00-17:00"
  std::string quit_key = "ctrl+alt+q";
  std::string listen_key;         // a key that acts as Listen (a big USB button); "" = none
  int volume = 100;               // speech volume, 0 to 100; 0 hides Listen
  std::string fonts;              // "" = find them
  std::string renderer = "auto";  // auto (GPU where present) or software
  std::string language;           // a new visit's language ("ru"); "" = the content's default
};

// The settings' names, as written in the file.
const std::vector<std::string>& setting_names();

// Why the value of setting `name` in `config` can't be used (nullopt when it can).
std::optional<std::string> setting_problem(const std::string& name, const KioskConfig& config);

// What a mistake in the file costs: one setting, or (unreadable, not TOML) the whole file.
enum class ConfigScope { Setting, WholeFile };

// A mistake in the file: where, what, and what it costs.
struct ConfigProblem {
  std::string path;
  long line = 0;  // 1-based; 0 when the file could not be read at all
  std::string what;
  ConfigScope scope = ConfigScope::Setting;
  std::string text() const { return path + ":" + std::to_string(line) + ": " + what; }
};

// Reads `path` over `config`, setting by setting. An unknown setting, a value of the wrong type
// or one setting_problem() refuses is reported and leaves that setting as it was: a typo on a
// board costs one setting, not a dark screen. A file that does not parse changes nothing.
// Returns the problems in file order, empty when all is well.
std::vector<ConfigProblem> read_config(const std::string& path, KioskConfig& config);

// The staff panel's one line about `problems` (not empty): how many settings of which file, on
// which lines, were ignored, or that the whole file was. The whole messages go to the journal.
std::string config_problems_summary(const std::vector<ConfigProblem>& problems);

}  // namespace kiosk::app
