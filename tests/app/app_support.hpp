// Running the kiosk executable's main in-process, as a board would start it, but sealed off
// from the machine: never the real /etc/kiosk/kiosk.toml or ~/.local/state.
#pragma once

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "app/kiosk_main.hpp"
#include "ui/ui_support.hpp"

namespace kiosk::test {

// Runs kiosk_main with `args` (no program name). Unless the args name them, the settings file
// is an empty one and the state directory a fresh one, so a kiosk package installed on the
// test machine cannot change what a test sees.
inline AppRun run_kiosk_main(std::vector<std::string> args) {
  const TempDir dir;
  auto names = [&](const char* option) {
    return std::find(args.begin(), args.end(), option) != args.end();
  };
  if (!names("--config")) {
    write_text(dir.file("kiosk.toml"), "");
    args.insert(args.end(), {"--config", dir.file("kiosk.toml")});
  }
  if (!names("--state-dir")) args.insert(args.end(), {"--state-dir", dir.file("state")});
  args.insert(args.begin(), "kiosk");
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  std::ostringstream out;
  std::ostringstream err;
  AppRun run;
  run.exit = static_cast<ui::AppExit>(
      app::kiosk_main(static_cast<int>(argv.size()), argv.data(), out, err));
  std::istringstream lines(out.str());
  for (std::string line; std::getline(lines, line);) run.trace.push_back(line);
  run.err = err.str();
  return run;
}

}  // namespace kiosk::test
