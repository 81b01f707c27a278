// Turning a visitor's display options on and off, and naming them.
#include "core/display_options.hpp"

namespace kiosk {

bool is_on(const DisplayOptions& options, DisplaySetting setting) {
  switch (setting) {
    case DisplaySetting::LargeText: return options.text == TextSize::Large;
    case DisplaySetting::HighContrast: return options.contrast == Contrast::High;
    case DisplaySetting::ReduceMotion: return options.motion == Motion::Reduced;
    case DisplaySetting::ReadAloud: return options.narration == Narration::ReadAloud;
  }
  return false;
}

void toggle(DisplayOptions& options, DisplaySetting setting) {
  switch (setting) {
    case DisplaySetting::LargeText:
      options.text = options.text == TextSize::Large ? TextSize::Standard : TextSize::Large;
      return;
    case DisplaySetting::HighContrast:
      options.contrast = options.contrast == Contrast::High ? Contrast::Standard : Contrast::High;
      return;
    case DisplaySetting::ReduceMotion:
      options.motion = options.motion == Motion::Reduced ? Motion::Full : Motion::Reduced;
      return;
    case DisplaySetting::ReadAloud:
      options.narration =
          options.narration == Narration::ReadAloud ? Narration::OnRequest : Narration::ReadAloud;
      return;
  }
}

std::string_view setting_name(DisplaySetting setting) {
  switch (setting) {
    case DisplaySetting::LargeText: return "large-text";
    case DisplaySetting::HighContrast: return "high-contrast";
    case DisplaySetting::ReduceMotion: return "reduce-motion";
    case DisplaySetting::ReadAloud: return "read-aloud";
  }
  return "unknown";
}

double text_factor(TextSize size) { return size == TextSize::Large ? kLargeTextFactor : 1.0; }

}  // namespace kiosk
