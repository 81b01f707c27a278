// The visitor's display options as a value: toggling, names, the text factor.
#include "core/display_options.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/theme.hpp"

using namespace kiosk;

TEST_CASE("a display option toggled twice is back where it was, and touches no other") {
  for (const DisplaySetting setting : kDisplaySettings) {
    DisplayOptions options;
    toggle(options, setting);
    CHECK(is_on(options, setting));
    for (const DisplaySetting other : kDisplaySettings) {
      if (other != setting) CHECK_FALSE(is_on(options, other));
    }
    toggle(options, setting);
    CHECK(options == DisplayOptions{});
  }
}

TEST_CASE("each display option has its own name for the trace") {
  std::set<std::string> names;
  for (const DisplaySetting setting : kDisplaySettings) names.emplace(setting_name(setting));
  CHECK(names ==
        std::set<std::string>{"large-text", "high-contrast", "reduce-motion", "read-aloud"});
}

TEST_CASE("larger text makes every font at least 1.4 times larger and leaves the rest alone") {
  for (const Size size : {Size{800, 480}, Size{720, 1280}, Size{1920, 1080}}) {
    const Metrics standard(size);
    const Metrics large(size, TextSize::Large);
    for (int role = 0; role < kFontRoleCount; ++role) {
      const auto r = static_cast<FontRole>(role);
      CHECK(large.font_px(r) >= 1.4 * standard.font_px(r) - 1);  // rounding to whole pixels
      CHECK(large.font_px(r) > standard.font_px(r));
    }
    CHECK(large.margin() == standard.margin());
    CHECK(large.touch() >= standard.touch());
  }
}
