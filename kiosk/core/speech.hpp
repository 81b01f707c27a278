// Speech as content: a spoken clip for a text the kiosk shows, found by that text.
//
// Clips are addressed by language and by the exact text shown (a card's title, a question's
// prompt, one answer, "Correct!"), not by item: what a screen reads aloud is the list of the
// texts it shows, in the order shown (choices are shuffled per visit), and each is looked up.
// A text with no clip is skipped; a screen with none hides its Listen button. The builder
// renders the clips (eSpeak NG, or a curator's recording) and stores them compressed (Ogg Opus)
// beside the text; the kiosk only plays them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

// One clip: an Ogg Opus stream, and its length.
struct SpeechClip {
  std::vector<std::uint8_t> ogg_opus;
  double seconds = 0;
};

// The texts a screen reads aloud, in order, and the language they are in.
struct Playlist {
  std::string language;
  std::vector<std::string> texts;
  friend bool operator==(const Playlist&, const Playlist&) = default;
};

}  // namespace kiosk
