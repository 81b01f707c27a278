// Collecting and writing self-measurements.
#include "ui/measurements.hpp"

#include <time.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace kiosk::ui {

std::int64_t monotonic_ns() {
  timespec t{};
  clock_gettime(CLOCK_MONOTONIC, &t);
  return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

long peak_rss_kib() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  }
  return 0;
}

void Measurements::frame(std::int64_t presented_ns, double work_ms, FrameKind kind) {
  keep(frames_, FrameRecord{presented_ns, work_ms, kind});
}

bool Measurements::write(const std::string& path) const {
  std::ostringstream j;
  j << "{\"peak_rss_kib\":" << peak_rss_kib() << ",\"frames\":[";
  for (std::size_t i = 0; i < frames_.size(); ++i) {
    const FrameRecord& f = frames_[i];
    j << (i ? "," : "") << "[" << f.presented_ns << "," << f.work_ms << ","
      << static_cast<int>(f.kind) << "]";
  }
  j << "],\"input_latency_ms\":[";
  for (std::size_t i = 0; i < input_latency_ms_.size(); ++i)
    j << (i ? "," : "") << input_latency_ms_[i];
  j << "],\"press_latency_ms\":[";
  for (std::size_t i = 0; i < press_latency_ms_.size(); ++i)
    j << (i ? "," : "") << press_latency_ms_[i];
  j << "],\"content_shown_ns\":[";
  for (std::size_t i = 0; i < content_shown_ns_.size(); ++i)
    j << (i ? "," : "") << content_shown_ns_[i];
  j << "]}\n";
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary);
    out << j.str();
    if (!out) return false;
  }
  return std::rename(temporary.c_str(), path.c_str()) == 0;
}

}  // namespace kiosk::ui
