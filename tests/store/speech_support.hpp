// Clips of speech for the store's tests: a short tone, encoded as the builder encodes speech.
#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>
#include <string>
#include <vector>

#include "store/store_support.hpp"
#include "store/writer.hpp"
#include "tool/speech_render.hpp"

namespace kiosk::test {

// `seconds` of a 440 Hz tone at 22,050 Hz (eSpeak's rate), as an Ogg Opus clip.
inline SpeechClip tone_clip(double seconds) {
  constexpr int kRate = 22050;
  std::vector<std::int16_t> samples(static_cast<std::size_t>(seconds * kRate));
  for (std::size_t i = 0; i < samples.size(); ++i) {
    samples[i] = static_cast<std::int16_t>(
        8000 * std::sin(2 * std::numbers::pi * 440 * static_cast<double>(i) / kRate));
  }
  return {tool::encode_ogg_opus(samples, kRate), seconds};
}

// The fixture database with one clip: the first card's English title spoken (a tone).
inline model::Content write_fixture_db_with_speech(const std::string& path) {
  authoring::BuildResult r = authoring::build_content(
      {fixture_dir("content"), fixture_dir("documents"), "2026-01-02T03:04:05Z"});
  REQUIRE(r.ok());
  const std::string title = r.content.cards.front().title.at("en");
  store::write_database(r.content, path,
                        {{"en", title, tone_clip(1.5), store::SpeechOrigin::Espeak, ""}});
  return r.content;
}

}  // namespace kiosk::test
