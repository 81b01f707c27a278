// Reading kiosk.toml with toml++.
#include "app/config.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "core/language_code.hpp"
#include "core/opening_hours.hpp"
#include "core/rotation.hpp"
#include "ui/fonts.hpp"
#include "ui/keys.hpp"

namespace kiosk::app {

// Beside the executable's own share/ folder (/usr/bin/kiosk -> /usr/share/kiosk/content.db), so
// the same binary works installed under /usr, /usr/local or a staging root; the built-in install
// path is the fallback when /proc is not there.
std::string default_database_path() {
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return KIOSK_DEFAULT_DB;
  return (exe.parent_path().parent_path() / "share" / "kiosk" / "content.db").string();
}

const std::vector<std::string>& setting_names() {
  static const std::vector<std::string> names{
      "db",           "state_dir",     "rotate",   "idle_timeout", "still_there",
      "round_length", "opening_hours", "quit_key", "fonts",        "renderer",
      "language",     "listen_key",    "volume"};
  return names;
}

std::optional<std::string> setting_problem(const std::string& name, const KioskConfig& c) {
  if (name == "db" && c.db.empty()) return "db must name a file";
  if (name == "rotate" && !rotation_from_degrees(c.rotate)) {
    return "rotate must be 0, 90, 180 or 270, not '" + c.rotate + "'";
  }
  // Written so that NaN, which compares false with everything, is refused too.
  if (name == "idle_timeout" && !(c.idle_timeout >= 5 && c.idle_timeout <= 3600)) {
    return "idle_timeout must be 5 to 3600 seconds";
  }
  // At least 20 s, as WCAG 2.2.1 asks of a warning before a time limit ends; at most 10 min.
  if (name == "still_there" && !(c.still_there >= 20 && c.still_there <= 600)) {
    return "still_there must be 20 to 600 seconds (a visitor needs at least 20 to respond)";
  }
  if (name == "round_length" && (c.round_length < 1 || c.round_length > 50)) {
    return "round_length must be 1 to 50";
  }
  if (name == "opening_hours") {
    if (const OpeningHoursResult hours = parse_opening_hours(c.opening_hours); !hours.hours)
      return hours.error;
  }
  if (name == "quit_key" && !ui::parse_key_combination(c.quit_key)) {
    return "quit_key '" + c.quit_key + "' is not a key combination (e.g. ctrl+alt+q)";
  }
  if (name == "listen_key" && !c.listen_key.empty() && !ui::parse_key_combination(c.listen_key)) {
    return "listen_key '" + c.listen_key + "' is not a key (e.g. f9, or \"\" for none)";
  }
  if (name == "volume" && (c.volume < 0 || c.volume > 100)) return "volume must be 0 to 100";
  if (name == "fonts" && !c.fonts.empty() && !ui::has_fonts(c.fonts))
    return ui::no_fonts_in(c.fonts);
  if (name == "language" && !c.language.empty() && !is_language_code(c.language)) {
    return "language must be a language code such as en, ru or be, not '" + c.language + "'";
  }
  if (name == "renderer" && c.renderer != "auto" && c.renderer != "software") {
    return "renderer must be auto or software";
  }
  return {};
}

namespace {

// Sets `name` in `c` from `node`; "" or why the value is of the wrong type.
std::optional<std::string> assign(const std::string& name, const toml::node& node, KioskConfig& c) {
  if (name == "rotate") {
    const auto v = node.value<std::int64_t>();
    if (!v) return "'rotate' must be 0, 90, 180 or 270";
    c.rotate = std::to_string(*v);
  } else if (name == "idle_timeout") {
    const auto v = node.value<double>();
    if (!v) return "'idle_timeout' must be a number of seconds";
    c.idle_timeout = *v;
  } else if (name == "still_there") {
    const auto v = node.value<double>();
    if (!v) return "'still_there' must be a number of seconds";
    c.still_there = *v;
  } else if (name == "round_length") {
    const auto v = node.value<std::int64_t>();
    if (!v) return "'round_length' must be a whole number";
    // Into int's range without changing whether setting_problem accepts it.
    c.round_length = static_cast<int>(std::clamp<std::int64_t>(*v, -1, 1000));
  } else if (name == "volume") {
    const auto v = node.value<std::int64_t>();
    if (!v) return "'volume' must be a whole number from 0 to 100";
    c.volume = static_cast<int>(std::clamp<std::int64_t>(*v, -1, 101));
  } else {
    const auto v = node.value<std::string>();
    if (!v) return "'" + name + "' must be a string";
    static const std::pair<const char*, std::string KioskConfig::*> texts[] = {
        {"db", &KioskConfig::db},
        {"state_dir", &KioskConfig::state_dir},
        {"opening_hours", &KioskConfig::opening_hours},
        {"quit_key", &KioskConfig::quit_key},
        {"listen_key", &KioskConfig::listen_key},
        {"fonts", &KioskConfig::fonts},
        {"renderer", &KioskConfig::renderer},
        {"language", &KioskConfig::language}};
    for (const auto& [text_name, member] : texts) {
      if (name == text_name) c.*member = *v;
    }
  }
  return {};
}

}  // namespace

std::vector<ConfigProblem> read_config(const std::string& path, KioskConfig& config) {
  // toml++ reads a folder as an empty file: look first, so that a mistake is never silent.
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    return {{path, 0, "not a file", ConfigScope::WholeFile}};
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return {
        {path, 0, std::string("cannot be read: ") + std::strerror(errno), ConfigScope::WholeFile}};
  toml::table table;
  try {
    table = toml::parse(in, path);
  } catch (const toml::parse_error& e) {
    return {{path, static_cast<long>(e.source().begin.line), std::string(e.description()),
             ConfigScope::WholeFile}};
  }
  std::vector<ConfigProblem> problems;
  const std::vector<std::string>& known = setting_names();
  for (auto&& [key, node] : table) {
    const std::string name(key.str());
    std::optional<std::string> problem;
    KioskConfig trial = config;
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      problem = "unknown setting '" + name + "'";
    } else if (problem = assign(name, node, trial); !problem) {
      problem = setting_problem(name, trial);
    }
    if (!problem) config = trial;
    else
      problems.push_back(
          {path, static_cast<long>(node.source().begin.line), *problem, ConfigScope::Setting});
  }
  // In file order: a table iterates sorted by key.
  std::stable_sort(problems.begin(), problems.end(),
                   [](const ConfigProblem& a, const ConfigProblem& b) { return a.line < b.line; });
  return problems;
}

std::string config_problems_summary(const std::vector<ConfigProblem>& problems) {
  if (problems.front().scope == ConfigScope::WholeFile) {
    return problems.front().path + " ignored (" + problems.front().what +
           "); defaults used, details in the journal";
  }
  std::string lines;
  for (const ConfigProblem& p : problems)
    lines += (lines.empty() ? "" : ", ") + std::to_string(p.line);
  const std::size_t n = problems.size();
  return std::to_string(n) + (n == 1 ? " setting" : " settings") + " in " + problems.front().path +
         (n == 1 ? " (line " : " (lines ") + lines + "); defaults used, details in the journal";
}

}  // namespace kiosk::app
