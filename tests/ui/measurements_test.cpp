// The kiosk's self-measurements: bounded, so a kiosk measured for months does not grow.
#include "ui/measurements.hpp"

#include <doctest/doctest.h>

using namespace kiosk;

TEST_CASE("a kiosk measured for months keeps only the first records of each measure") {
  ui::Measurements m;
  const std::size_t more = ui::Measurements::kKept + 5'000;
  for (std::size_t i = 0; i < more; ++i) {
    m.frame(static_cast<std::int64_t>(i), 1.0, ui::FrameKind::Redraw);
    m.input_shown(1.0);
    m.press_shown(1.0);
    m.content_shown(static_cast<std::int64_t>(i));
  }
  CHECK(m.kept() == 4 * ui::Measurements::kKept);
}

TEST_CASE("a kiosk not asked to measure keeps nothing") {
  ui::Measurements m(ui::Recording::Off);
  for (int i = 0; i < 1000; ++i) {
    m.frame(i, 1.0, ui::FrameKind::Animation);
    m.input_shown(2.0);
    m.press_shown(3.0);
    m.content_shown(i);
  }
  CHECK(m.kept() == 0);
}
