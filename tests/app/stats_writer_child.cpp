// Test helper: records answers to the stats database as fast as it can, printing "ok N" after
// each write has returned, until it is killed. Used by the power-cut test.
#include <cstdio>
#include <string>

#include "store/stats.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: stats_writer STATS_DB FIRST_NUMBER\n");
    return 2;
  }
  auto stats = kiosk::store::StatsDb::open(argv[1]);
  for (long n = std::stol(argv[2]);; ++n) {
    stats->record(kiosk::AnswerEvent{"q" + std::to_string(n), "v1", "Choice", n % 3 == 0, 1234});
    std::printf("ok %ld\n", n);
    std::fflush(stdout);
  }
}
