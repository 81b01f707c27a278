// The tolerance rule the golden screenshots are judged by (support/image_compare.hpp).
#include "support/image_compare.hpp"

#include <doctest/doctest.h>

#include <stdexcept>

using namespace kiosk;
using test::Pixels;
using test::Verdict;

namespace {

const test::Tolerance kTolerance{.channel = 24, .share = 0.005};

// A `width` x `height` image in one grey.
Pixels filled(int width, int height, std::uint8_t grey = 40) {
  Pixels image{.width = width, .height = height, .rgba = {}};
  for (int i = 0; i < width * height; ++i)
    image.rgba.insert(image.rgba.end(), {grey, grey, grey, 255});
  return image;
}

void set_pixel(Pixels& image, int x, int y, std::uint8_t r, std::uint8_t g, std::uint8_t b) {
  const std::size_t at = (static_cast<std::size_t>(y) * image.width + x) * 4;
  image.rgba[at] = r;
  image.rgba[at + 1] = g;
  image.rgba[at + 2] = b;
}

// A light 40 x 20 "button" with its top left corner at (x, y).
void draw_button(Pixels& image, int x, int y) {
  for (int dy = 0; dy < 20; ++dy) {
    for (int dx = 0; dx < 40; ++dx) set_pixel(image, x + dx, y + dy, 220, 200, 120);
  }
}

}  // namespace

TEST_CASE("identical images pass with no pixel differing") {
  Pixels golden = filled(200, 100);
  draw_button(golden, 50, 40);
  const test::Comparison result = test::compare_images(golden, golden, kTolerance);
  CHECK(result.verdict == Verdict::Pass);
  CHECK(result.differing == 0);
  CHECK(result.total == 200 * 100);
}

TEST_CASE("one pixel off by more than the channel step is counted, and passes under the share") {
  const Pixels golden = filled(200, 100);
  Pixels actual = golden;
  set_pixel(actual, 3, 4, 40, 40 + 25, 40);
  const test::Comparison result = test::compare_images(golden, actual, kTolerance);
  CHECK(result.differing == 1);
  CHECK(result.verdict == Verdict::Pass);
}

TEST_CASE("a channel off by no more than the step does not make a pixel differ") {
  const Pixels golden = filled(200, 100, 100);
  Pixels actual = golden;
  set_pixel(actual, 0, 0, 100 + 24, 100 - 24, 100);
  CHECK(test::compare_images(golden, actual, kTolerance).differing == 0);
}

TEST_CASE("a button moved by a few pixels fails") {
  Pixels golden = filled(200, 100);
  draw_button(golden, 50, 40);
  Pixels actual = filled(200, 100);
  draw_button(actual, 53, 40);
  const test::Comparison result = test::compare_images(golden, actual, kTolerance);
  CHECK(result.differing == 2 * 3 * 20);  // a strip at each end
  CHECK(result.verdict == Verdict::TooManyDiffer);
}

TEST_CASE("an image fails once more than the share of its pixels differ, not before") {
  const Pixels golden = filled(20, 20);  // 400 pixels: 0.5 % is 2 of them
  Pixels actual = golden;
  set_pixel(actual, 0, 0, 255, 0, 255);
  set_pixel(actual, 1, 0, 255, 0, 255);
  CHECK(test::compare_images(golden, actual, kTolerance).verdict == Verdict::Pass);
  set_pixel(actual, 2, 0, 255, 0, 255);
  CHECK(test::compare_images(golden, actual, kTolerance).verdict == Verdict::TooManyDiffer);
}

TEST_CASE("images of different sizes fail, even with as many pixels") {
  const test::Comparison result = test::compare_images(filled(30, 20), filled(20, 30), kTolerance);
  CHECK(result.verdict == Verdict::SizesDiffer);
  CHECK(result.total == 0);
}

TEST_CASE("a buffer that does not hold width x height pixels is an error naming its size") {
  Pixels short_one = filled(10, 10);
  short_one.rgba.pop_back();
  CHECK_THROWS_WITH_AS(test::compare_images(filled(10, 10), short_one, kTolerance),
                       "new image holds 399 bytes, not 10x10x4", std::invalid_argument);
}

TEST_CASE("the difference image shows differing pixels in magenta over a dimmed copy") {
  const Pixels golden = filled(4, 2, 90);
  Pixels actual = golden;
  set_pixel(actual, 1, 1, 200, 90, 90);
  const Pixels diff = test::difference_image(golden, actual, kTolerance);
  REQUIRE(diff.rgba.size() == actual.rgba.size());
  const std::size_t marked = (1 * 4 + 1) * 4;
  CHECK(std::vector<std::uint8_t>(diff.rgba.begin() + marked, diff.rgba.begin() + marked + 4) ==
        std::vector<std::uint8_t>{255, 0, 255, 255});
  CHECK(std::vector<std::uint8_t>(diff.rgba.begin(), diff.rgba.begin() + 4) ==
        std::vector<std::uint8_t>{30, 30, 30, 255});
}

TEST_CASE("there is no difference image of images of different sizes") {
  CHECK_THROWS_AS(test::difference_image(filled(3, 2), filled(2, 3), kTolerance),
                  std::invalid_argument);
}
