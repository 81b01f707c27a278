// The kiosk front end: window, visit, input, drawing, and headless scripts, in one loop.
#pragma once

#include <cstdint>
#include <ctime>
#include <iosfwd>
#include <optional>
#include <string>

#include "core/answer_log.hpp"
#include "core/content_provider.hpp"
#include "core/opening_hours.hpp"
#include "core/rotation.hpp"
#include "core/service_manager.hpp"
#include "core/visit.hpp"
#include "ui/video.hpp"

namespace kiosk::ui {

enum class ClockMode {
  RealTime,   // wait steps take real time
  Simulated,  // --fast: the clock jumps, so a 60 s idle timeout takes no time at all
};

struct AppOptions {
  VideoOptions video;
  std::string fonts_dir;                   // "" = find them (see find_fonts)
  std::optional<std::string> script_path;  // headless script to run, then exit
  ClockMode clock = ClockMode::RealTime;
  // On the simulated clock, the wall clock's time at start (opening hours, wait-until); none:
  // the real one.
  std::optional<std::time_t> simulated_wall_start;
  std::optional<std::string> screenshot_path;  // the last frame as PNG, on exit
  std::optional<std::string> measure_path;     // self-measurements as JSON, on exit
  bool trace = false;                          // one line per event a test may follow, on stdout
  VisitConfig visit;
  Millis transition_ms = 250;        // slide between screens and cards; 0 = none
  Rotation rotation = Rotation::R0;  // how the panel is mounted
  OpeningHours opening_hours;        // dark outside them (default: always open)
  Millis woken_for = 10 * 60'000;    // a touch in the dark wakes the kiosk this long
  std::string quit_key = "ctrl+alt+q";
  std::string listen_key;       // a key that acts as Listen (a big USB button); "" = none
  int volume = 100;             // speech volume, 0..100; 0 hides Listen
  std::uint64_t seed = 0;       // 0: a new seed each start
  std::string settings_notice;  // settings ignored at start, for the staff panel
  std::string language;         // a new visit's language; "" or one the content lacks: its default
};

// What the front end works with, from outside: content, and where answers go.
struct AppServices {
  ContentProvider& content;
  AnswerLog* answers = nullptr;       // null: answers are not recorded
  ServiceManager* service = nullptr;  // null: no systemd to tell
};

// Exit codes of run_app.
// Aborted: an unexpected error (reported on err) stopped a running kiosk; systemd restarts it.
enum class AppExit { Ok = 0, ScriptFailed = 1, CannotStart = 2, Aborted = 3 };

// Runs the kiosk until it is told to quit (key combination, window closed, SIGTERM) or, with a
// script, until the script ends. Trace lines go to `out`, errors to `err`. Never throws.
AppExit run_app(const AppOptions& options, const AppServices& services, std::ostream& out,
                std::ostream& err);
AppExit run_app(const AppOptions& options, ContentProvider& content, std::ostream& out,
                std::ostream& err);

}  // namespace kiosk::ui
