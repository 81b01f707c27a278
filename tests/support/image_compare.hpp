// Comparing a new screenshot with its golden copy, with a tolerance: pixel buffers in, a verdict
// out. No SDL here, so the rule itself has tests of its own (support/image_compare_test.cpp).
#pragma once

#include <cstdint>
#include <vector>

namespace kiosk::test {

// An image as 8-bit RGBA, row after row with no padding: width * height * 4 bytes.
struct Pixels {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;
};

// How far a new image may be from its golden copy and still pass.
struct Tolerance {
  int channel = 0;   // a pixel differs when any channel differs by more than this (of 255)
  double share = 0;  // the image fails when more than this share of its pixels differ
};

enum class Verdict {
  Pass,           // no more pixels differ than the tolerance allows
  TooManyDiffer,  // more pixels differ than the tolerance allows
  SizesDiffer,    // not the same width and height: nothing compared
};

struct Comparison {
  Verdict verdict = Verdict::Pass;
  long differing = 0;  // pixels that differ by more than the tolerance's channel step
  long total = 0;      // pixels compared
  double share() const {
    return total == 0 ? 0.0 : static_cast<double>(differing) / static_cast<double>(total);
  }
};

// Compares `actual` with `golden` under `tolerance`. Throws std::invalid_argument when either
// buffer does not hold width * height * 4 bytes.
Comparison compare_images(const Pixels& golden, const Pixels& actual, const Tolerance& tolerance);

// Where to look: `actual` dimmed to a third, with every pixel that differs from `golden` by more
// than the tolerance's channel step in opaque magenta. Throws std::invalid_argument on a buffer
// of the wrong length or images of different sizes.
Pixels difference_image(const Pixels& golden, const Pixels& actual, const Tolerance& tolerance);

}  // namespace kiosk::test
