// Comparing a new screenshot with its golden copy, with a tolerance.
#include "support/image_compare.hpp"

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace kiosk::test {
namespace {

constexpr std::size_t kChannels = 4;

void require_whole(const Pixels& image, const char* which) {
  if (image.width < 0 || image.height < 0 ||
      image.rgba.size() != static_cast<std::size_t>(image.width) * image.height * kChannels) {
    throw std::invalid_argument(
        std::string(which) + " image holds " + std::to_string(image.rgba.size()) + " bytes, not " +
        std::to_string(image.width) + "x" + std::to_string(image.height) + "x4");
  }
}

// Whether the pixel starting at byte `at` differs in any channel by more than `channel`.
bool pixel_differs(const Pixels& a, const Pixels& b, std::size_t at, int channel) {
  for (std::size_t c = 0; c < kChannels; ++c) {
    if (std::abs(int{a.rgba[at + c]} - int{b.rgba[at + c]}) > channel) return true;
  }
  return false;
}

}  // namespace

Comparison compare_images(const Pixels& golden, const Pixels& actual, const Tolerance& tolerance) {
  require_whole(golden, "golden");
  require_whole(actual, "new");
  Comparison result;
  if (golden.width != actual.width || golden.height != actual.height) {
    result.verdict = Verdict::SizesDiffer;
    return result;
  }
  result.total = static_cast<long>(golden.width) * golden.height;
  for (std::size_t at = 0; at < golden.rgba.size(); at += kChannels) {
    if (pixel_differs(golden, actual, at, tolerance.channel)) ++result.differing;
  }
  const bool too_many =
      static_cast<double>(result.differing) > tolerance.share * static_cast<double>(result.total);
  result.verdict = too_many ? Verdict::TooManyDiffer : Verdict::Pass;
  return result;
}

Pixels difference_image(const Pixels& golden, const Pixels& actual, const Tolerance& tolerance) {
  require_whole(golden, "golden");
  require_whole(actual, "new");
  if (golden.width != actual.width || golden.height != actual.height) {
    throw std::invalid_argument("no difference image of images of different sizes");
  }
  Pixels diff = actual;
  for (std::size_t at = 0; at < diff.rgba.size(); at += kChannels) {
    if (pixel_differs(golden, actual, at, tolerance.channel)) {
      diff.rgba[at] = 255;
      diff.rgba[at + 1] = 0;
      diff.rgba[at + 2] = 255;
    } else {
      for (std::size_t c = 0; c < 3; ++c) diff.rgba[at + c] = actual.rgba[at + c] / 3;
    }
    diff.rgba[at + 3] = 255;
  }
  return diff;
}

}  // namespace kiosk::test
