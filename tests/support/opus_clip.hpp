// Speech clips for tests: a tone encoded as Ogg Opus, as the builder stores speech.
#pragma once

#include "core/speech.hpp"

namespace kiosk::test {

// A sine tone of `seconds` at `hz`, mono 48 kHz, encoded as Ogg Opus with libopusenc.
SpeechClip tone_clip(double seconds, double hz = 440.0);

}  // namespace kiosk::test
