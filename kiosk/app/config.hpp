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
  std::string state_dir;                 // "" = the default (see state_dir.hpp)
  std::string rotate = "0";              // 0, 90, 180 or 270
  double idle_timeout = 60;              // seconds
  int round_length = 5;
  std::string opening_hours;             // "" = always open; e.g. "Mon-Fri 09:00-17:00"
  std::string quit_key = "ctrl+alt+q";
  std::string fonts;                     // "" = find them
  std::string renderer = "auto";         // auto (GPU where present) or software
};

// Reads `path` over `config`. Returns the problems (FILE:LINE: what), empty when all is well.
std::vector<std::string> read_config(const std::string& path, KioskConfig& config);

}  // namespace kiosk::app
