// Rendering speech for kiosk-db build: eSpeak NG run as a program, encoded as Ogg Opus.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/speech.hpp"

namespace kiosk::tool {

// A text to speak, in its language.
struct SpokenText {
  std::string language;
  std::string text;
  friend bool operator==(const SpokenText&, const SpokenText&) = default;
};

// Speech is encoded at this bitrate and complexity: mono, wideband voice. Measured on a
// one-minute Russian card body: 12 kbit/s gives 97 KB (16: 148 KB, 24: 206 KB) and is clear
// for eSpeak's synthetic voice; it keeps the bundled database (about 66 minutes of speech in
// three languages) under the 8 MiB the kiosk checks in full before its first frame
// (app/live_database.cpp), so start-up is unchanged. Complexity 5 encodes in 40% less time
// than 10 for the same size.
inline constexpr int kSpeechBitrate = 12000;
inline constexpr int kSpeechComplexity = 5;

// The speech engine: Debian's espeak-ng, found on PATH.
inline constexpr const char* kEspeakProgram = "espeak-ng";

// The version line of `PROGRAM --version` ("eSpeak NG text-to-speech: 1.51 ..."), or nullopt
// when `program` cannot be run from PATH.
std::optional<std::string> espeak_version(const std::string& program);

// Mono 16-bit samples at `rate` Hz, encoded as an Ogg Opus stream for voice at kSpeechBitrate.
// The stream's serial number is fixed, so the same samples always give the same bytes.
// Throws std::runtime_error when libopusenc refuses.
std::vector<std::uint8_t> encode_ogg_opus(std::span<const std::int16_t> samples, int rate);

// Speaks `text` in `language` with espeak-ng (the text on its standard input, a WAV on its
// standard output) and encodes it. nullopt when espeak-ng fails or says nothing.
std::optional<SpeechClip> render_with_espeak(const std::string& program,
                                             const std::string& language, const std::string& text);

// What render_all did.
struct RenderReport {
  std::vector<std::optional<SpeechClip>> clips;  // one per text, in order; nullopt: failed
  int rendered = 0;                              // by espeak-ng now
  int cached = 0;                                // taken from the cache
};

// Renders every text with `threads` espeak-ng processes at once. With a `cache_dir` (created
// when missing), a clip is looked up first by its key (espeak-ng `version`, language, text,
// bitrate) and stored after rendering, so a second build with the same texts renders nothing.
struct RenderSettings {
  std::string program = kEspeakProgram;
  std::string version;    // as espeak_version gave it: part of each clip's cache key
  std::string cache_dir;  // "" = no cache
  int threads = 2;
};
RenderReport render_all(const std::vector<SpokenText>& texts, const RenderSettings& settings);

}  // namespace kiosk::tool
