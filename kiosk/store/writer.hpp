// Writing a content model to a new database file, atomically.
#pragma once

#include <string>
#include <vector>

#include "core/model.hpp"
#include "core/speech.hpp"

namespace kiosk::store {

// Who spoke a clip: eSpeak NG, or a curator's recording.
enum class SpeechOrigin { Espeak, Recording };

// A clip to store: the text it speaks, in which language, and where it came from.
struct StoredClip {
  std::string language;
  std::string text;  // exactly as the kiosk shows it
  SpeechClip clip;
  SpeechOrigin origin = SpeechOrigin::Espeak;
  std::string recording;  // the recording's file name, as the content source gives it
};

// Writes `content` and the clips of `speech` (one per language and text) to `path`: into a
// temporary file beside it first, synced and checked as the kiosk checks a file (check_file), then
// renamed over `path`, so a reader (or a power cut) sees either the old file or the complete new
// one, and never one the kiosk would refuse. Cards are numbered in date order. Throws StoreError;
// `path` is untouched on failure.
void write_database(const model::Content& content, const std::string& path,
                    const std::vector<StoredClip>& speech = {});

// Makes `path` durable: fsync the file, rename it to `target`, fsync the directory.
// Throws StoreError.
void durable_rename(const std::string& path, const std::string& target);

}  // namespace kiosk::store
