// kiosk-db build's speech: every spoken text rendered (or recorded) and ready to store.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "store/writer.hpp"

namespace kiosk::tool {

// Whether build renders speech.
enum class SpeechMode {
  Render,  // with espeak-ng when it is on PATH; without speech (said once) when it is not
  None,    // --no-speech
};

struct SpeechOptions {
  SpeechMode mode = SpeechMode::Render;
  std::string program = "espeak-ng";  // the speech engine, found on PATH
  // Rendered clips are kept here between builds; "" = $XDG_CACHE_HOME/kiosk-db/speech (or
  // ~/.cache/kiosk-db/speech).
  std::string cache_dir;
  int threads = 2;
};

// The clips of every text the kiosk may speak (tool/spoken_texts.hpp) of `content`: written
// first to a draft beside `output` and read back through the kiosk's reader, so each clip is
// keyed by the text exactly as the kiosk will ask for it. Without the engine (or with
// SpeechMode::None), none, said once on `out`. nullopt, with the reason on `err`, when a text
// cannot be spoken.
std::optional<std::vector<store::StoredClip>> build_speech(const model::Content& content,
                                                           const std::string& output,
                                                           const SpeechOptions& options,
                                                           std::ostream& out, std::ostream& err);

}  // namespace kiosk::tool
