// A small deterministic random number generator that is a plain, copyable value.
//
// Why not <random>: the standard distributions differ between library implementations, and a
// round must be the same for the same seed on a PC and on an ARM board (tests depend on it).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace kiosk {

class Random {
 public:
  explicit Random(std::uint64_t seed = 0x9E3779B97F4A7C15ULL) : state_(seed) {}

  // SplitMix64: full-period, passes BigCrush, four lines.
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }

  // A uniformly distributed integer in [0, bound); bound must be positive.
  // Rejection sampling removes the modulo bias.
  std::uint64_t below(std::uint64_t bound) {
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    std::uint64_t r = next();
    while (r >= limit) r = next();
    return r % bound;
  }

  int below(int bound) { return static_cast<int>(below(static_cast<std::uint64_t>(bound))); }

  // Fisher-Yates shuffle.
  template <typename T>
  void shuffle(std::vector<T>& items) {
    for (std::size_t i = items.size(); i > 1; --i) {
      const auto j = static_cast<std::size_t>(below(static_cast<std::uint64_t>(i)));
      std::swap(items[i - 1], items[j]);
    }
  }

  friend bool operator==(const Random&, const Random&) = default;

 private:
  std::uint64_t state_;
};

}  // namespace kiosk
