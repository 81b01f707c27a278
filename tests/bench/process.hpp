// Running the kiosk as a child process and reading what the kernel knows about it.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::bench {

// Starts `argv` with stdout and stderr sent to /dev/null. Throws std::runtime_error.
pid_t spawn(const std::vector<std::string>& argv);

// Waits for `pid`; returns its exit code (or 128 + signal).
int wait_for(pid_t pid);

// Runs to completion; returns the exit code.
int run(const std::vector<std::string>& argv);

struct Usage {
  double cpu_ms = 0;  // user + system time of the whole process
  long wakeups = 0;   // context switches, voluntary and not, of all its threads
};

// What `pid` has used so far (read from /proc).
Usage usage_of(pid_t pid);

std::int64_t monotonic_ns();
void sleep_ms(long ms);

// Percentile `p` (0..1) of `values` (0 when empty), nearest rank.
double percentile(std::vector<double> values, double p);

}  // namespace kiosk::bench
