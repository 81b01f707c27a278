// Headless scripts: a file of steps that drive the kiosk like a visitor would, for tests and
// documentation screenshots.
//
//   wait MS | wait-until HH:MM | tap X Y | swipe X1 Y1 X2 Y2 | drag X1 Y1 X2 Y2 MS |
//   press LABEL | key NAME | screenshot PATH | render-reset | quit
//   # starts a comment
// wait-until waits until the wall clock next reads that time of day (on the simulated clock,
// which moves the wall clock with it, at once): a day's opening hours in a script.
// render-reset is the renderer's word that the GPU lost every texture (SDL_RENDER_DEVICE_RESET,
// as a driver may say after a display change), which no test machine can cause for real.
// A swipe is instant (down, one move, up); a drag holds the finger down for MS, moving it
// evenly a frame at a time, so the kiosk sees its speed (a slow drag, a flick, a long press).
// A LABEL written {key} is the kiosk's own word of that key (core/ui_text.cpp) in the language
// shown, so one script tours the kiosk in every language: press {timeline}.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/geometry.hpp"

namespace kiosk {

enum class StepKind {
  Wait,
  WaitUntil,
  Tap,
  Swipe,
  Drag,
  Press,
  Key,
  Screenshot,
  RenderReset,
  Quit
};

struct Step {
  StepKind kind = StepKind::Wait;
  int line = 0;      // 1-based line in the script, for error messages
  Millis ms = 0;     // wait; wait-until: minutes past midnight; drag: how long the finger is down
  Point from;        // tap, swipe, drag
  Point to;          // swipe, drag
  std::string text;  // press: the label; key: the key name; screenshot: the path
  friend bool operator==(const Step&, const Step&) = default;
};

struct ScriptError {
  int line = 0;
  std::string message;
  friend bool operator==(const ScriptError&, const ScriptError&) = default;
};

struct Script {
  std::vector<Step> steps;
  std::vector<ScriptError> errors;  // every malformed line; the script must not run if any
};

Script parse_script(std::string_view text);

}  // namespace kiosk
