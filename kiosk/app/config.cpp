// Reading kiosk.toml with toml++.
#include "app/config.hpp"

#include <toml++/toml.h>

#include <filesystem>
#include <set>
#include <system_error>

namespace kiosk::app {
namespace {

std::string where(const std::string& path, const toml::node& node) {
  return path + ":" + std::to_string(node.source().begin.line) + ": ";
}

}  // namespace

// Beside the executable's own share/ folder (/usr/bin/kiosk -> /usr/share/kiosk/content.db), so
// the same binary works installed under /usr, /usr/local or a staging root; the built-in install
// path is the fallback when /proc is not there.
std::string default_database_path() {
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return KIOSK_DEFAULT_DB;
  return (exe.parent_path().parent_path() / "share" / "kiosk" / "content.db").string();
}

std::vector<std::string> read_config(const std::string& path, KioskConfig& config) {
  std::vector<std::string> problems;
  toml::table table;
  try {
    table = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    return {path + ":" + std::to_string(e.source().begin.line) + ": " + std::string(e.description())};
  }
  const std::set<std::string> known{"db", "state_dir", "rotate", "idle_timeout", "round_length",
                                    "opening_hours", "quit_key", "fonts", "renderer"};
  for (auto&& [key, node] : table) {
    const std::string name(key.str());
    if (!known.contains(name)) {
      problems.push_back(where(path, node) + "unknown setting '" + name + "'");
      continue;
    }
    auto text = [&](std::string& out) {
      if (const auto v = node.value<std::string>()) out = *v;
      else problems.push_back(where(path, node) + "'" + name + "' must be a string");
    };
    if (name == "db") text(config.db);
    else if (name == "state_dir") text(config.state_dir);
    else if (name == "opening_hours") text(config.opening_hours);
    else if (name == "quit_key") text(config.quit_key);
    else if (name == "fonts") text(config.fonts);
    else if (name == "renderer") text(config.renderer);
    else if (name == "rotate") {
      if (const auto v = node.value<std::int64_t>()) config.rotate = std::to_string(*v);
      else problems.push_back(where(path, node) + "'rotate' must be 0, 90, 180 or 270");
    } else if (name == "idle_timeout") {
      if (const auto v = node.value<double>()) config.idle_timeout = *v;
      else problems.push_back(where(path, node) + "'idle_timeout' must be a number of seconds");
    } else if (name == "round_length") {
      if (const auto v = node.value<std::int64_t>()) config.round_length = static_cast<int>(*v);
      else problems.push_back(where(path, node) + "'round_length' must be a whole number");
    }
  }
  return problems;
}

}  // namespace kiosk::app
