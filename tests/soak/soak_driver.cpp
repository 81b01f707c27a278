// Driving the kiosk through a month of visits in this process, and sampling it between visits.
#include "soak/soak_driver.hpp"

#include <malloc.h>
#include <stdlib.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <streambuf>
#include <utility>

#include "app/answer_recorder.hpp"
#include "app/live_database.hpp"
#include "app/settle_watch.hpp"
#include "core/opening_hours.hpp"
#include "store/content_checksum.hpp"
#include "store/sqlite.hpp"

namespace kiosk::soak {
namespace {

namespace fs = std::filesystem;

// An output stream's buffer that hands each complete line to `on_line` as it is written (the
// kiosk's trace, one line per event, written on its main thread between frames).
class LineSink final : public std::streambuf {
 public:
  explicit LineSink(std::function<void(const std::string&)> on_line)
      : on_line_(std::move(on_line)) {}

 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    if (traits_type::to_char_type(c) == '\n') {
      on_line_(line_);
      line_.clear();
    } else {
      line_ += traits_type::to_char_type(c);
    }
    return c;
  }

 private:
  std::function<void(const std::string&)> on_line_;
  std::string line_;
};

// The live database without its watcher thread: the soak steps it itself, on a clock of its
// own, when it renames a new file in, so every swap is taken at the same point of every run.
class SteppedDatabase final : public ContentProvider {
 public:
  SteppedDatabase(const std::string& live, const std::string& snapshots)
      : db_(live, snapshots,
            app::TimeSource{[this] { return now_; }, [this](Millis ms) { now_ += ms; }}) {}

  ContentLoad load() override { return db_.load(); }
  // NOLINTNEXTLINE(performance-unnecessary-value-param): overrides the interface's signature
  void watch(std::function<void()> wake) override {
    wake_ = std::move(wake);
    step(std::nullopt);  // a large first file is checked here, as the watcher thread would
  }
  std::optional<ContentLoad> poll() override { return db_.poll(); }
  std::vector<std::pair<std::string, std::string>> status() const override { return db_.status(); }

  // One pass of the watcher after `event`, then another once the file has settled.
  void step(std::optional<app::Change> event) {
    now_ += 1;
    db_.step(event);
    now_ += app::SettleWatch::kSettle + 1;
    db_.step();
    if (wake_) wake_();
  }

 private:
  Millis now_ = 0;
  app::LiveDatabase db_;
  std::function<void()> wake_;
};

// A new file renamed over the live one, as `kiosk-db install` does it.
void install(const std::string& from, const std::string& live) {
  const std::string temporary = live + ".new";
  fs::copy_file(from, temporary, fs::copy_options::overwrite_existing);
  fs::rename(temporary, live);
}

// A copy of `from` at `to` that is another version (its content_version says `suffix` more),
// sealed again as kiosk-db build seals: a file with the same bytes would not be taken at all.
void another_version(const std::string& from, const std::string& to, const std::string& suffix) {
  fs::copy_file(from, to, fs::copy_options::overwrite_existing);
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open(to.c_str(), &raw);
  const store::DatabaseHandle db(raw);
  if (rc != SQLITE_OK) throw std::runtime_error("cannot open '" + to + "' to make a new version");
  store::exec(db.get(),
              "UPDATE meta SET value = value || '" + suffix + "' WHERE key = 'content_version'");
  store::seal_content(db.get());
}

// One visit: a quiz round and three card swipes, then, in turn, something more; it ends with
// "still there?" and the idle reset (every visit ends so, which is how the soak counts them).
void visit(std::ostream& s, int index, Languages languages) {
  s << "# visit " << index + 1 << "\npress {begin_area}\n";
  switch (index % 8) {
    case 1:
      s << "press {timeline}\nkey Down\nkey Down\nkey Return\nwait 5000\nkey Escape\nkey Escape\n";
      break;
    case 3:
      s << "press {display_button}\npress {large_text}\npress {high_contrast}\npress {done}\n";
      break;
    case 5:
      if (languages == Languages::Several) s << "press Русский\n";
      break;
    default: break;
  }
  s << "press {briefings}\n";
  if (index % 8 == 2) s << "key f9\nwait 3000\nkey f9\n";  // Listen, and stop it
  for (int i = 0; i < 3 + index % 4; ++i) s << "swipe 700 240 100 240\nwait 4000\n";
  s << "key Escape\npress {quiz}\n";
  if (index % 8 == 2) s << "key f9\n";  // the question read aloud; answering stops it
  for (int q = 0; q < 5; ++q) s << "wait 3000\nkey " << 1 + (index + q) % 4 << "\nkey Return\n";
  if (index % 8 == 7) s << "key ctrl+alt+s\nkey Escape\n";
  s << "wait 61000\n";
  if (index % 8 == 6) s << "press {still_here}\nwait 61000\n";  // "I need more time"
  s << "wait 20000\n";
}

// Monday 2 November 2026, 05:15 local time: the first day's visits begin at once.
std::time_t monday_morning() {
  std::tm local{};
  local.tm_year = 2026 - 1900;
  local.tm_mon = 10;
  local.tm_mday = 2;
  local.tm_hour = 5;
  local.tm_min = 15;
  local.tm_isdst = -1;
  return std::mktime(&local);
}

}  // namespace

long resident_kib() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return 0;
}

int open_fds() {
  int count = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator("/proc/self/fd")) ++count;
  return count - 1;  // the iterator's own
}

std::string soak_opening_hours(const SoakPlan& plan) {
  constexpr int kVisitSeconds = 125;  // a visit of the script takes 122 on average
  const int minutes = 5 * 60 + 15 + plan.visits_a_day * kVisitSeconds / 60 + 45;
  const int close = std::min(minutes, 23 * 60 + 59);
  char text[32];
  std::snprintf(text, sizeof text, "Mon-Sun 05:00-%02d:%02d", close / 60, close % 60);
  return text;
}

std::string soak_script(const SoakPlan& plan) {
  std::ostringstream s;
  for (int i = 0; i < plan.visits; ++i) {
    if (i % std::max(1, plan.visits_a_day) == 0)
      s << "wait-until 05:15\n";  // the first, or after the night
    visit(s, i, plan.languages);
  }
  return s.str();
}

SoakResult run_soak(const SoakPlan& plan) {
  const fs::path work(plan.work_dir);
  fs::create_directories(work / "live");
  fs::create_directories(work / "state" / "snapshots");
  const std::string live = (work / "live" / "content.db").string();
  // Every hour the other of two versions is renamed in, so each swap is new content.
  const std::string versions[2] = {(work / "content-a.db").string(),
                                   (work / "content-b.db").string()};
  fs::copy_file(plan.content, versions[0], fs::copy_options::overwrite_existing);
  another_version(plan.content, versions[1], "-b");
  install(versions[0], live);
  const std::string script = (work / "soak.script").string();
  std::ofstream(script) << soak_script(plan);

  // A sound device that is always there (SDL's dummy one), so the speaker is opened as on a
  // board, unless the caller chose one.
  ::setenv("SDL_AUDIODRIVER", "dummy", 0);

  SoakResult result;
  std::ostringstream errors;
  SteppedDatabase content(live, (work / "state" / "snapshots").string());
  app::AnswerRecorder recorder((work / "state" / "stats.db").string(), errors);
  LineSink sink([&](const std::string& line) {
    if (line.rfind("content loaded", 0) == 0) ++result.content_loads;
    if (line == "hours closed") ++result.closings;
    if (line.rfind("listen start", 0) == 0) ++result.listens;
    if (line != "idle visit-ended") return;
    ++result.visits;
    if (std::ranges::find(plan.sample_after, result.visits) != plan.sample_after.end()) {
      recorder.flush();  // what is queued is written: the sample is of a kiosk at rest
      result.samples.push_back({result.visits, resident_kib(), open_fds(), live_textures(),
                                static_cast<long>(::mallinfo2().uordblks / 1024),
                                static_cast<long>(sqlite3_memory_used() / 1024)});
    }
    if (result.visits % plan.visits_an_hour == 0) {
      install(versions[(result.swaps + 1) % 2], live);
      content.step(app::Change::Complete);
      ++result.swaps;
    }
  });
  std::ostream trace(&sink);

  ui::AppOptions options;
  options.video.mode = ui::DisplayMode::Headless;
  options.video.size = plan.size;
  options.fonts_dir = plan.fonts_dir;
  options.clock = ui::ClockMode::Simulated;
  options.script_path = script;
  options.trace = true;
  options.seed = 7;
  options.opening_hours = *parse_opening_hours(soak_opening_hours(plan)).hours;
  options.simulated_wall_start = monday_morning();
  options.listen_key = "f9";
  result.exit = ui::run_app(options, ui::AppServices{content, &recorder, nullptr}, trace, errors);
  result.errors = errors.str();
  return result;
}

}  // namespace kiosk::soak
