// The hidden way into the staff panel (a long press in a corner, then a tap elsewhere), and
// what the panel says about the content.
//
// Two steps, so a visitor leaning on the frame does not stumble into it.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/content.hpp"
#include "core/geometry.hpp"
#include "core/visit.hpp"

namespace kiosk {

inline constexpr Millis kStaffLongPress = 3'000;  // the corner press
inline constexpr Millis kStaffArmedFor = 10'000;  // time allowed for the second tap

enum class StaffGesture {
  None,    // not part of the gesture: handle the touch as usual
  Armed,   // the corner press: swallow the touch, wait for the second tap
  Opened,  // the second tap: open the panel (and swallow the touch)
};

// Looks at a finished touch (pressed at `down` for `pressed_for` ms, released at `up`).
StaffGesture staff_gesture(VisitState& state, Point down, Point up, Millis pressed_for, Millis now,
                           Size screen);

// The staff panel's lines: label and value ("Database", "/var/lib/kiosk/content.db").
using StaffRows = std::vector<std::pair<std::string, std::string>>;

// The staff panel's lines about the content (label, value): title and version, build time,
// cards and questions held, and "N of M questions approved" by a curator. One line saying
// none is loaded when `library` is null.
StaffRows content_staff_rows(const ContentLibrary* library);

// What the parts of the kiosk know that the staff panel lists.
struct StaffFacts {
  const ContentLibrary* library = nullptr;
  StaffRows provider;           // where the content comes from and how it is watched
  std::string last_reload;      // "loaded v3", "rejected: ...", "none since start"
  Millis up_for = 0;            // since the kiosk started
  StaffRows answers;            // the answer log's state, when answers are recorded
  std::string settings_notice;  // settings ignored at start; "" when none were
  std::string speech_notice;    // why speech is silent (no sound device); "" when it is not
};

// Every line of the staff panel, in the order it shows them: the content, its provider, the
// last reload, the time up ("Up for 26 h 3 min"), the answer log, ignored settings.
StaffRows staff_rows(const StaffFacts& facts);

}  // namespace kiosk
