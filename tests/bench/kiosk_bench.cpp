// kiosk-bench: measures the kiosk as a visitor and a board would feel it, and prints one table.
//
//   kiosk-bench --kiosk PATH --kiosk-db PATH --source db/content [--quick] [--touch-only]
//               [--work DIR]
//
// For the bundled content and for a synthetic one of 100,000 questions and 10,000 cards:
// start-up to the first frame, peak memory over a visit, frame work while sliding and while
// redrawing cached text, tap-to-frame latency, idle cost (CPU and wake-ups) on the attract
// screen and on a still card, the time from renaming a new file to seeing it, the time
// kiosk-db takes to build each, touch-down to a button shown pressed, and the frames of a page
// following a dragging finger. Everything headless: SDL's dummy driver, software renderer.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <sys/utsname.h>

#include <cstdlib>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <thread>

#include "process.hpp"

namespace kiosk::bench {
namespace {

namespace fs = std::filesystem;

struct Setup {
  std::string kiosk;
  std::string kiosk_db;
  std::string source;
  std::string work;
  bool quick = false;
  bool touch_only = false;   // only the touch rows: a quick look after changing touch handling
  bool speech_only = false;  // only the rows of speech: memory while speaking, start-up, swap
};

std::string write_script(const Setup& s, const std::string& name, const std::string& text) {
  std::string path = s.work + "/" + name + ".script";
  std::ofstream(path) << text;
  return path;
}

std::vector<std::string> kiosk_args(const Setup& s, const std::string& db, const std::string& size,
                                    const std::string& script, const std::string& measure) {
  return {s.kiosk,     "--headless",  "--window",        size,       "--db",
          db,          "--state-dir", s.work + "/state", "--script", script,
          "--measure", measure,       "--seed",          "7"};
}

nlohmann::json read_json(const std::string& path) {
  std::ifstream in(path);
  return nlohmann::json::parse(in);
}

std::string fixed(double v, int digits = 1) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", digits, v);
  return text;
}

struct Startup {
  double warm = 0;  // first frame, median of five restarts (the checked snapshot is reused)
  double cold = 0;  // first frame when the file was never seen before
  double cold_content =
      0;  // ... and until its content is on screen (a large file is checked first)
};

Startup startup(const Setup& s, const std::string& db, const std::string& size) {
  const std::string measure = s.work + "/startup.json";
  fs::remove_all(s.work + "/state");
  Startup out;
  std::int64_t t0 = monotonic_ns();
  run(kiosk_args(s, db, size, write_script(s, "cold", "wait 3000\n"), measure));
  nlohmann::json m = read_json(measure);
  out.cold = double(m["frames"][0][0].get<std::int64_t>() - t0) / 1e6;
  out.cold_content = m["content_shown_ns"].empty()
                         ? out.cold
                         : double(m["content_shown_ns"][0].get<std::int64_t>() - t0) / 1e6;
  std::vector<double> warm;
  for (int i = 0; i < 5; ++i) {
    t0 = monotonic_ns();
    run(kiosk_args(s, db, size, write_script(s, "quit", "quit\n"), measure));
    warm.push_back(double(read_json(measure)["frames"][0][0].get<std::int64_t>() - t0) / 1e6);
  }
  out.warm = percentile(warm, 0.5);
  return out;
}

struct VisitFigures {
  double rss_mib = 0;
  double slide_p50 = 0, slide_p99 = 0, slide_max = 0, slide_fps = 0;
  double redraw_p50 = 0, redraw_p99 = 0, redraw_max = 0;
  double tap_p50 = 0, tap_max = 0;
};

// A real-time visit: cards swiped through, a quiz round, keyboard focus moving over cached text.
VisitFigures visit(const Setup& s, const std::string& db, const std::string& size) {
  std::string text = "press Touch to begin\nwait 400\npress Briefings\nwait 400\n";
  for (int i = 0; i < 8; ++i) text += "key Right\nwait 350\n";
  text += "key Escape\nwait 400\npress Quiz\nwait 400\n";
  for (int i = 0; i < 5; ++i) text += "key 1\nwait 150\nkey Return\nwait 350\n";
  text += "press Home\nwait 400\n";
  for (int i = 0; i < 30; ++i) text += "key Down\nwait 40\n";
  const std::string script = write_script(s, "visit", text);
  const std::string measure = s.work + "/visit.json";
  run(kiosk_args(s, db, size, script, measure));
  const nlohmann::json m = read_json(measure);
  VisitFigures f;
  f.rss_mib = m["peak_rss_kib"].get<double>() / 1024.0;
  std::vector<double> slide, redraw, gaps;
  std::int64_t last = 0;
  for (const auto& frame : m["frames"]) {
    const bool animation = frame[2].get<int>() == 1;
    (animation ? slide : redraw).push_back(frame[1].get<double>());
    if (animation && last != 0) gaps.push_back(double(frame[0].get<std::int64_t>() - last) / 1e6);
    last = animation ? frame[0].get<std::int64_t>() : 0;
  }
  f.slide_p50 = percentile(slide, 0.5);
  f.slide_p99 = percentile(slide, 0.99);
  f.slide_max = percentile(slide, 1.0);
  f.slide_fps = gaps.empty() ? 0 : 1000.0 / percentile(gaps, 0.5);
  f.redraw_p50 = percentile(redraw, 0.5);
  f.redraw_p99 = percentile(redraw, 0.99);
  f.redraw_max = percentile(redraw, 1.0);
  std::vector<double> taps;
  for (const auto& t : m["input_latency_ms"]) taps.push_back(t.get<double>());
  f.tap_p50 = percentile(taps, 0.5);
  f.tap_max = percentile(taps, 1.0);
  return f;
}

// Peak memory of a visit that listens: a card read aloud while its pages turn, then stopped,
// a question and its feedback read aloud. Needs a sound device (the bench sets SDL's disk
// driver writing to /dev/null) and content with speech.
double speaking_rss_mib(const Setup& s, const std::string& db, const std::string& size) {
  const std::string listen = "press \u25B6\u00A0Listen\n";
  const std::string stop = "press \u25A0\u00A0Listen\n";
  std::string text = "press Touch to begin\nwait 400\npress Briefings\nwait 400\n" + listen;
  text += "wait 4000\nkey Right\nwait 3000\n" + stop + "wait 500\nkey Escape\nwait 300\n";
  text +=
      "press Quiz\nwait 400\n" + listen + "wait 6000\nkey 1\nwait 300\n" + listen + "wait 4000\n";
  const std::string measure = s.work + "/speaking.json";
  run(kiosk_args(s, db, size, write_script(s, "speaking", text), measure));
  return read_json(measure)["peak_rss_kib"].get<double>() / 1024.0;
}

struct TouchFigures {
  double press_p50 = 0, press_max = 0;  // touch-down to the frame showing its button pressed
  double drag_p50 = 0, drag_p99 = 0, drag_max = 0;  // frames of a page following a finger
};

// A real-time visit of held presses and drags at a finger's pace: the Back button held down
// and let go (then back to the cards), and cards dragged on and back.
TouchFigures touch(const Setup& s, const std::string& db, const std::string& size) {
  const int w = std::stoi(size.substr(0, size.find('x')));
  const int h = std::stoi(size.substr(size.find('x') + 1));
  const std::string back = std::to_string(w * 7 / 80) + " " + std::to_string(h * 8 / 100);
  const std::string y = std::to_string(h / 2);
  const std::string right = std::to_string(w * 8 / 10) + " " + y;
  const std::string left = std::to_string(w * 3 / 10) + " " + y;
  // A file seen for the first time is checked before it is shown: wait for it.
  std::string text = "wait 2500\npress Touch to begin\nwait 400\npress Briefings\nwait 400\n";
  for (int i = 0; i < 10; ++i) {
    text += "drag " + back + " " + back + " 120\nwait 300\npress Briefings\nwait 400\n";
  }
  for (int i = 0; i < 6; ++i) {
    text += "drag " + right + " " + left + " 400\nwait 350\n";  // on
    text += "drag " + left + " " + right + " 400\nwait 350\n";  // and back
  }
  const std::string measure = s.work + "/touch.json";
  run(kiosk_args(s, db, size, write_script(s, "touch", text), measure));
  const nlohmann::json m = read_json(measure);
  std::vector<double> presses, drags;
  for (const auto& t : m["press_latency_ms"]) presses.push_back(t.get<double>());
  for (const auto& frame : m["frames"]) {
    if (frame[2].get<int>() == 2) drags.push_back(frame[1].get<double>());
  }
  TouchFigures f;
  f.press_p50 = percentile(presses, 0.5);
  f.press_max = percentile(presses, 1.0);
  f.drag_p50 = percentile(drags, 0.5);
  f.drag_p99 = percentile(drags, 0.99);
  f.drag_max = percentile(drags, 1.0);
  return f;
}

struct Idle {
  Usage settling;  // the first seconds: start-up, and the background recheck of the content
  Usage steady;    // then `seconds` with nothing happening
};

// CPU time and wake-ups with nothing happening, measured once the kiosk has settled (a restart
// opens its checked snapshot at once and rechecks it fully in the background ~3 s later).
Idle idle(const Setup& s, const std::string& db, const std::string& steps, long seconds) {
  const std::string script =
      write_script(s, "idle", steps + "wait " + std::to_string((seconds + 8) * 1000) + "\n");
  run(kiosk_args(s, db, "800x480", write_script(s, "warm", "quit\n"),
                 s.work + "/warm.json"));  // a checked snapshot
  const pid_t pid = spawn(kiosk_args(s, db, "800x480", script, s.work + "/idle.json"));
  sleep_ms(500);
  const Usage start = usage_of(pid);
  sleep_ms(5500);
  const Usage settled = usage_of(pid);
  sleep_ms(seconds * 1000);
  const Usage end = usage_of(pid);
  wait_for(pid);
  return {{settled.cpu_ms - start.cpu_ms, settled.wakeups - start.wakeups},
          {end.cpu_ms - settled.cpu_ms, end.wakeups - settled.wakeups}};
}

// From renaming `to` over the live file (holding `from`) to the first frame showing it.
std::pair<double, double> swap(const Setup& s, const std::string& from, const std::string& to) {
  const std::string live_dir = s.work + "/live";
  fs::create_directories(live_dir);
  fs::copy_file(from, live_dir + "/content.db", fs::copy_options::overwrite_existing);
  fs::remove_all(s.work + "/state");
  const std::string script = write_script(s, "swap", "wait 6000\n");
  const std::string measure = s.work + "/swap.json";
  const pid_t pid = spawn(kiosk_args(s, live_dir + "/content.db", "800x480", script, measure));
  sleep_ms(2000);
  fs::copy_file(to, live_dir + "/.incoming", fs::copy_options::overwrite_existing);
  const std::int64_t t0 = monotonic_ns();
  fs::rename(live_dir + "/.incoming", live_dir + "/content.db");
  wait_for(pid);
  const nlohmann::json m = read_json(measure);
  double shown = -1;
  for (const auto& t : m["content_shown_ns"]) {
    if (t.get<std::int64_t>() > t0) {
      shown = double(t.get<std::int64_t>() - t0) / 1e6;
      break;
    }
  }
  double longest = 0;
  for (const auto& f : m["frames"]) {
    const auto at = f[0].get<std::int64_t>();
    if (at >= t0 && (shown < 0 || double(at - t0) / 1e6 <= shown + 1))
      longest = std::max(longest, f[1].get<double>());
  }
  return {shown, longest};
}

// kiosk-db build of `source` into `out`, timed; `speech` says whether it renders speech (the
// synthetic content's 100,000 questions are built without: hours of eSpeak NG for nobody).
enum class Speech { Rendered, None };
double build_seconds(const Setup& s, const std::string& source, const std::string& out,
                     Speech speech) {
  std::vector<std::string> args{s.kiosk_db, "build", source, "-o", out, "--quiet"};
  if (speech == Speech::None) args.emplace_back("--no-speech");
  const std::int64_t t0 = monotonic_ns();
  run(args);
  return double(monotonic_ns() - t0) / 1e9;
}

std::string machine() {
  utsname u{};
  uname(&u);
  std::ifstream cpuinfo("/proc/cpuinfo");
  std::string model = "unknown CPU";
  for (std::string line; std::getline(cpuinfo, line);) {
    if (line.rfind("model name", 0) == 0) {
      model = line.substr(line.find(':') + 2);
      break;
    }
  }
  const std::time_t now = std::time(nullptr);
  char date[32];
  std::strftime(date, sizeof date, "%Y-%m-%d", std::gmtime(&now));
  return std::string(date) + ", " + model + ", " +
         std::to_string(std::thread::hardware_concurrency()) + " cores, " + u.sysname + " " +
         u.release + " " + u.machine;
}

}  // namespace
}  // namespace kiosk::bench

int main(int argc, char** argv) {
  using namespace kiosk::bench;
  Setup s;
  CLI::App cli{"kiosk-bench: measures the kiosk and prints a table"};
  cli.add_option("--kiosk", s.kiosk, "The kiosk executable")->required();
  cli.add_option("--kiosk-db", s.kiosk_db, "The kiosk-db executable")->required();
  cli.add_option("--source", s.source, "The bundled content source (db/content)")->required();
  cli.add_option("--work", s.work, "Scratch directory")->default_val("/tmp/kiosk-bench");
  cli.add_flag("--quick", s.quick, "Shorter idle windows (15 s instead of 60 s on attract)");
  cli.add_flag("--touch-only", s.touch_only, "Only the touch figures (press and drag)");
  cli.add_flag("--speech-only", s.speech_only,
               "Only the figures speech changes (memory while speaking, start-up, swap)");
  CLI11_PARSE(cli, argc, argv);
  fs::remove_all(s.work);
  fs::create_directories(s.work);
  // A sound device for the kiosk, as on a board: SDL's disk driver, its samples thrown away.
  setenv("SDL_AUDIODRIVER", "disk", 1);
  setenv("SDL_DISKAUDIOFILE", "/dev/null", 1);

  std::cerr << "building content...\n";
  const double bundled_build = build_seconds(s, s.source, s.work + "/bundled.db", Speech::Rendered);
  run({s.kiosk_db, "synth", "--questions", "100000", "--cards", "10000", "--source",
       s.work + "/large-src"});
  const double large_build =
      build_seconds(s, s.work + "/large-src", s.work + "/large-built.db", Speech::None);
  run({s.kiosk_db, "synth", "--questions", "100000", "--cards", "10000", "-o",
       s.work + "/large.db"});
  run({s.kiosk_db, "synth", "--questions", "100000", "--cards", "10000", "--version", "large-2",
       "-o", s.work + "/large-2.db"});

  // A second bundled database, built at another time (so its bytes differ), to swap in.
  setenv("SOURCE_DATE_EPOCH", "1", 1);
  run({s.kiosk_db, "build", s.source, "-o", s.work + "/bundled-2.db", "--quiet"});
  unsetenv("SOURCE_DATE_EPOCH");
  struct Column {
    std::string name;
    std::string db;
    std::string second;  // swapped in over `db` to time a content update
    double build = 0;
    bool speech = false;  // whether the file has speech (the synthetic content has none)
  };
  const Column columns[] = {{"bundled (42 q, 12 cards, with speech)", s.work + "/bundled.db",
                             s.work + "/bundled-2.db", bundled_build, true},
                            {"large (100,000 q, 10,000 cards, no speech)", s.work + "/large.db",
                             s.work + "/large-2.db", large_build, false}};
  std::map<std::string, std::vector<std::string>> rows;
  std::vector<std::string> order;
  auto put = [&](const std::string& row, const std::string& value) {
    if (!rows.contains(row)) order.push_back(row);
    rows[row].push_back(value);
  };
  auto touch_rows = [&](const std::string& db) {
    for (const std::string size : {"800x480", "1920x1080"}) {
      const TouchFigures t = touch(s, db, size);
      put("touch-down to button shown pressed, " + size + " (ms p50 / max)",
          fixed(t.press_p50) + " / " + fixed(t.press_max));
      put("frame work while a page follows a finger, " + size + " (ms p50 / p99 / max)",
          fixed(t.drag_p50, 2) + " / " + fixed(t.drag_p99, 2) + " / " + fixed(t.drag_max, 2));
    }
  };
  auto speech_rows = [&](const Column& c) {
    const Startup st = startup(s, c.db, "800x480");
    put("start-up to first frame, 800x480 (ms; first start of a new file: first frame, content "
        "shown)",
        fixed(st.warm) + "; " + fixed(st.cold) + ", " + fixed(st.cold_content));
    put("peak RSS while speaking, 800x480 (MiB)",
        c.speech ? fixed(speaking_rss_mib(s, c.db, "800x480")) : "no speech");
    const auto [shown, longest] = swap(s, c.second, c.db);
    put("new file renamed in, to on screen (ms; longest frame ms)",
        fixed(shown) + "; " + fixed(longest, 2));
    put("database size (KB)", std::to_string(fs::file_size(c.db) / 1024));
  };
  for (const Column& c : columns) {
    std::cerr << "measuring " << c.name << "...\n";
    if (s.touch_only) {
      touch_rows(c.db);
      continue;
    }
    if (s.speech_only) {
      speech_rows(c);
      continue;
    }
    for (const std::string size : {"800x480", "1920x1080"}) {
      const Startup st = startup(s, c.db, size);
      put("start-up to first frame, " + size +
              " (ms; first start of a new file: first frame, content shown)",
          fixed(st.warm) + "; " + fixed(st.cold) + ", " + fixed(st.cold_content));
    }
    for (const std::string size : {"800x480", "1920x1080"}) {
      const VisitFigures v = visit(s, c.db, size);
      put("peak RSS over a visit, " + size + " (MiB)", fixed(v.rss_mib));
      put("frame work while sliding, " + size + " (ms p50 / p99 / max)",
          fixed(v.slide_p50, 2) + " / " + fixed(v.slide_p99, 2) + " / " + fixed(v.slide_max, 2));
      put("frames a second while sliding, " + size, fixed(v.slide_fps, 0));
      put("frame work redrawing cached text, " + size + " (ms p50 / p99 / max)",
          fixed(v.redraw_p50, 2) + " / " + fixed(v.redraw_p99, 2) + " / " + fixed(v.redraw_max, 2));
      put("tap to frame shown, " + size + " (ms p50 / max)",
          fixed(v.tap_p50) + " / " + fixed(v.tap_max));
    }
    put("peak RSS while speaking, 800x480 (MiB)",
        c.speech ? fixed(speaking_rss_mib(s, c.db, "800x480")) : "no speech");
    touch_rows(c.db);
    const long attract_s = s.quick ? 15 : 60;
    const Idle attract = idle(s, c.db, "", attract_s);
    put("after a restart, the background recheck of the content (CPU ms, once)",
        fixed(attract.settling.cpu_ms, 0));
    put("idle on attract, " + std::to_string(attract_s) + " s (CPU ms, % of a core, wake-ups)",
        fixed(attract.steady.cpu_ms, 0) + ", " +
            fixed(attract.steady.cpu_ms / double(attract_s * 10), 3) + "%, " +
            std::to_string(attract.steady.wakeups));
    const Idle still = idle(s, c.db, "press Touch to begin\npress Briefings\n", 10);
    put("still card, 10 s (CPU ms, wake-ups)",
        fixed(still.steady.cpu_ms, 0) + ", " + std::to_string(still.steady.wakeups));
    const auto [shown, longest] = swap(s, c.second, c.db);
    put("new file renamed in, to on screen (ms; longest frame ms)",
        fixed(shown) + "; " + fixed(longest, 2));
    put("kiosk-db build (s)", fixed(c.build, 2));
  }
  std::cout << "Measured " << machine() << ", headless (SDL dummy driver, software renderer).\n\n";
  std::cout << "| measure | " << columns[0].name << " | " << columns[1].name
            << " |\n|---|---|---|\n";
  for (const std::string& row : order) {
    std::cout << "| " << row << " | " << rows[row][0] << " | "
              << (rows[row].size() > 1 ? rows[row][1] : "") << " |\n";
  }
  return 0;
}
