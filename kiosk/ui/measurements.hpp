// What the kiosk measures about itself for the benchmark (--measure FILE): when the first
// frame appeared, how long each frame took, how long taps took to show, how long a touch took
// to show its button pressed, when new content appeared, and peak memory. Written as JSON on exit.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::ui {

enum class FrameKind { Redraw, Animation, Drag };  // Drag: a page following a finger

struct FrameRecord {
  std::int64_t presented_ns = 0;  // CLOCK_MONOTONIC, when the frame was presented
  double work_ms = 0;             // building the scene, drawing it and presenting it
  FrameKind kind = FrameKind::Redraw;
};

// Whether anything is kept: a kiosk not asked to --measure keeps nothing.
enum class Recording { Off, On };

class Measurements {
 public:
  explicit Measurements(Recording recording = Recording::On) : recording_(recording) {}

  void frame(std::int64_t presented_ns, double work_ms, FrameKind kind);
  void input_shown(double latency_ms) { keep(input_latency_ms_, latency_ms); }
  void press_shown(double latency_ms) { keep(press_latency_ms_, latency_ms); }
  void content_shown(std::int64_t presented_ns) { keep(content_shown_ns_, presented_ns); }

  // Each measure keeps its first kKept records only: a kiosk measured for months must not grow.
  static constexpr std::size_t kKept = 100'000;
  // How many records are kept, all measures together.
  std::size_t kept() const {
    return frames_.size() + input_latency_ms_.size() + press_latency_ms_.size() +
           content_shown_ns_.size();
  }

  // Writes everything, with this process's peak resident memory, to `path`. Returns false
  // (and leaves no partial file) when it cannot.
  bool write(const std::string& path) const;

 private:
  template <typename T>
  void keep(std::vector<T>& series, T value) {
    if (recording_ == Recording::On && series.size() < kKept) series.push_back(value);
  }

  Recording recording_;
  std::vector<FrameRecord> frames_;
  std::vector<double> input_latency_ms_;
  std::vector<double> press_latency_ms_;  // touch-down to the frame with its button pressed
  std::vector<std::int64_t> content_shown_ns_;
};

// Now on CLOCK_MONOTONIC, in nanoseconds (comparable across processes on this machine).
std::int64_t monotonic_ns();

// This process's peak resident set size (VmHWM) in KiB, 0 if unknown.
long peak_rss_kib();

}  // namespace kiosk::ui
