// What a visitor may change about how the kiosk looks and moves, for their own visit only.
//
// Four independent options, each an enum rather than a flag so a call site says what it
// means. They live in the visit (VisitState::display), so a visit's end resets them all.
#pragma once

#include <array>
#include <string_view>

namespace kiosk {

enum class TextSize { Standard, Large };
enum class Contrast { Standard, High };
enum class Motion { Full, Reduced };
enum class Narration { OnRequest, ReadAloud };  // ReadAloud: each new screen speaks by itself

// The options as the display panel lists them, top to bottom.
enum class DisplaySetting { LargeText, HighContrast, ReduceMotion, ReadAloud };
inline constexpr std::array<DisplaySetting, 4> kDisplaySettings{
    DisplaySetting::LargeText, DisplaySetting::HighContrast, DisplaySetting::ReduceMotion,
    DisplaySetting::ReadAloud};

// How much larger every text is with larger text on (the issue asks for at least 1.4).
inline constexpr double kLargeTextFactor = 1.4;

struct DisplayOptions {
  TextSize text = TextSize::Standard;
  Contrast contrast = Contrast::Standard;
  Motion motion = Motion::Full;
  Narration narration = Narration::OnRequest;
  friend bool operator==(const DisplayOptions&, const DisplayOptions&) = default;
};

// Whether `setting` is on in `options`.
bool is_on(const DisplayOptions& options, DisplaySetting setting);

// Turns `setting` on when it is off and off when it is on.
void toggle(DisplayOptions& options, DisplaySetting setting);

// The setting's name in traces and settings: "large-text", "high-contrast", "reduce-motion",
// "read-aloud".
std::string_view setting_name(DisplaySetting setting);

// The factor text sizes are multiplied by: 1 for standard text, kLargeTextFactor for large.
double text_factor(TextSize size);

}  // namespace kiosk
