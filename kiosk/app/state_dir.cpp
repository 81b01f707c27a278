// Choosing and preparing the state directory.
#include "app/state_dir.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

namespace kiosk::app {

std::string default_state_dir() {
  if (const char* d = std::getenv("STATE_DIRECTORY"); d != nullptr && *d != '\0') {
    const std::string all(d);
    return all.substr(0, all.find(':'));  // systemd may list several
  }
  if (const char* d = std::getenv("XDG_STATE_HOME"); d != nullptr && *d != '\0') {
    return std::string(d) + "/kiosk";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return std::string(home) + "/.local/state/kiosk";
  }
  return (std::filesystem::temp_directory_path() / "kiosk-state").string();
}

std::optional<std::string> prepare_writable_dir(const std::string& dir) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) return "cannot create '" + dir + "': " + error.message();
  if (::access(dir.c_str(), W_OK) != 0) return "'" + dir + "' is not writable";
  return {};
}

}  // namespace kiosk::app
