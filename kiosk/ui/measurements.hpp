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

class Measurements {
 public:
  void frame(std::int64_t presented_ns, double work_ms, FrameKind kind);
  void input_shown(double latency_ms) { input_latency_ms_.push_back(latency_ms); }
  void press_shown(double latency_ms) { press_latency_ms_.push_back(latency_ms); }
  void content_shown(std::int64_t presented_ns) { content_shown_ns_.push_back(presented_ns); }

  // Writes everything, with this process's peak resident memory, to `path`. Returns false
  // (and leaves no partial file) when it cannot.
  bool write(const std::string& path) const;

 private:
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
