// A month of visits in one process: the real front end on the simulated clock, the real live
// database (a new file renamed in every simulated hour) and the real stats writer, with the
// process's memory, open files and live textures sampled between visits.
#pragma once

#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "ui/app.hpp"

namespace kiosk::soak {

// Whether a visit may switch language (only content with the kiosk's other languages can).
enum class Languages { One, Several };

struct SoakPlan {
  std::string content;    // the database file the kiosk starts on (copied, then swapped in)
  std::string work_dir;   // an empty, writable folder for the live file, snapshots and stats
  std::string fonts_dir;  // "": found beside the program, as the kiosk finds them
  int visits = 100;       // how many visits to drive
  std::vector<int> sample_after = {100};  // visit counts after which to sample
  int visits_an_hour = 50;  // a new file is renamed in after every this many (500 a day, 10 h)
  // A day's visits, from 05:15 on the simulated clock (which starts on a Monday at 05:15);
  // the kiosk closes for the night soon after the last (soak_opening_hours) and the next
  // day's visits wait until 05:15.
  int visits_a_day = 500;
  Size size{800, 480};
  Languages languages = Languages::One;
};

// The process as it was after some visits.
struct SoakSample {
  int visits = 0;
  long rss_kib = 0;     // VmRSS
  int open_fds = 0;     // entries of /proc/self/fd
  long textures = 0;    // SDL textures created and not yet destroyed
  long heap_kib = 0;    // allocated on the C heap and not freed (mallinfo2's uordblks)
  long sqlite_kib = 0;  // of which SQLite's (sqlite3_memory_used: page caches, statements)
};

struct SoakResult {
  ui::AppExit exit = ui::AppExit::Ok;
  int visits = 0;         // visits that ended (each ends in an idle reset)
  int swaps = 0;          // new files renamed in
  int content_loads = 0;  // "content loaded" trace lines: the first load and each swap taken
  int closings = 0;       // nights: the screen dark at closing time ("hours closed")
  int listens = 0;        // texts read aloud ("listen start"), by the listen key
  std::vector<SoakSample> samples;
  std::string errors;  // what the kiosk wrote on its error stream
};

// The script of `plan.visits` visits, each ending in "still there?" and an idle reset: quiz
// rounds, card swipes and, in turn, the timeline, the display panel, "I need more time", a
// language change (Languages::Several), the staff panel and Listen (its key, on a card and a
// question; where the content has no speech the key does nothing). Each day's visits begin
// at 05:15, after the night.
std::string soak_script(const SoakPlan& plan);

// Runs the kiosk through soak_script(plan) in this process. Never throws for the kiosk's own
// failures (they are in `exit` and `errors`); throws std::runtime_error when the work folder
// cannot be prepared.
SoakResult run_soak(const SoakPlan& plan);

// SDL textures created and not yet destroyed by the kiosk in this process; counted by
// texture_count.cpp, which the soak's executables link with --wrap for the SDL calls.
long live_textures();

// The opening hours the soak keeps, every day from 05:00 until three quarters of an hour after
// a day's visits should end (at most 23:59): what the kiosk does in an open hall with nobody
// there, drawing a new "did you know" every 8 s, is the same all day and only costs time.
std::string soak_opening_hours(const SoakPlan& plan);

// The process's resident memory in KiB (VmRSS) and its open file descriptors.
long resident_kib();
int open_fds();

}  // namespace kiosk::soak
