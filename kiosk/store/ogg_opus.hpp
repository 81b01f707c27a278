// Checking a clip of speech: does it decode as Ogg Opus, and how long is it.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace kiosk::store {

// What decoding a clip found: its length, or the problem (empty when it decodes).
struct ClipDecode {
  double seconds = 0;
  std::string problem;  // "" when every packet decoded
};

// Decodes all of `bytes` as an Ogg Opus stream (libopusfile) and measures it. Never throws; a
// stream that is not Ogg Opus, is cut short or is silent for zero samples is a problem.
ClipDecode decode_ogg_opus(std::span<const std::uint8_t> bytes);

// Every clip of the speech table of the database at `path`, decoded one at a time: one line per
// broken clip, naming its language and text ("speech en \"Correct!\": ..."). An unreadable
// file or table is one problem.
std::vector<std::string> check_speech(const std::string& path);

// The number of clips in the speech table of the database at `path` (0 when it cannot be read).
int speech_clip_count(const std::string& path);

}  // namespace kiosk::store
