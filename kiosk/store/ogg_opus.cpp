// Decoding stored clips with libopusfile, for kiosk-db check and the builder's measurements.
#include "store/ogg_opus.hpp"

#include <opusfile.h>

#include <array>
#include <cmath>
#include <memory>
#include <sstream>

#include "store/open.hpp"
#include "store/sqlite.hpp"

namespace kiosk::store {

namespace {

struct OpusFileCloser {
  void operator()(OggOpusFile* file) const { op_free(file); }
};

// A clip's text for a message: the first words, quoted.
std::string excerpt(const std::string& text) {
  constexpr std::size_t kMost = 60;
  if (text.size() <= kMost) return '"' + text + '"';
  std::size_t cut = kMost;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) --cut;
  return '"' + text.substr(0, cut) + "...\"";
}

// What is wrong with a decoded clip stored as `seconds` long: Ogg skips damaged pages without
// an error, so a stream cut short or with pages lost shows as a clip shorter than stored.
std::string clip_problem(const ClipDecode& decoded, double seconds) {
  if (!decoded.problem.empty()) return decoded.problem;
  constexpr double kSlack = 0.1;  // the encoder's padding and the last frame
  if (std::abs(decoded.seconds - seconds) > kSlack + seconds / 50) {
    std::ostringstream text;
    text.precision(3);
    text << "decodes to " << decoded.seconds << " s of the " << seconds
         << " s stored: the stream is damaged or cut short";
    return text.str();
  }
  return "";
}

// Whether `bytes` are whole Ogg pages ending with the end-of-stream page. Decoding alone does
// not tell: libopusfile plays a stream cut short up to the cut without complaint, and a
// recording copied in half would be stored and cut off mid-word for every visitor.
bool ends_whole(std::span<const std::uint8_t> bytes) {
  constexpr std::size_t kHeader =
      27;  // "OggS", version, flags, granule, serial, sequence, CRC, count
  constexpr std::uint8_t kEndOfStream = 0x04;
  std::size_t at = 0;
  std::uint8_t flags = 0;
  while (at < bytes.size()) {
    if (bytes.size() - at < kHeader || bytes[at] != 'O' || bytes[at + 1] != 'g' ||
        bytes[at + 2] != 'g' || bytes[at + 3] != 'S') {
      return false;
    }
    flags = bytes[at + 5];
    const std::size_t segments = bytes[at + 26];
    if (bytes.size() - at < kHeader + segments) return false;
    std::size_t body = 0;
    for (std::size_t i = 0; i < segments; ++i) body += bytes[at + kHeader + i];
    at += kHeader + segments + body;
  }
  return at == bytes.size() && (flags & kEndOfStream) != 0;
}

}  // namespace

ClipDecode decode_ogg_opus(std::span<const std::uint8_t> bytes) {
  ClipDecode result;
  int error = 0;
  const std::unique_ptr<OggOpusFile, OpusFileCloser> file(
      op_open_memory(bytes.data(), bytes.size(), &error));
  if (!file) {
    result.problem = "not an Ogg Opus stream (libopusfile error " + std::to_string(error) + ")";
    return result;
  }
  // Decoding every packet, not only the headers: damage in the middle shows as an error here.
  std::array<opus_int16, 5760> pcm{};
  long long samples = 0;
  for (;;) {
    const int read = op_read(file.get(), pcm.data(), static_cast<int>(pcm.size()), nullptr);
    if (read < 0) {
      result.problem = "damaged Ogg Opus stream (libopusfile error " + std::to_string(read) + ")";
      return result;
    }
    if (read == 0) break;
    samples += read;
  }
  if (samples == 0) result.problem = "an Ogg Opus stream without sound";
  if (!ends_whole(bytes)) result.problem = "cut short: the stream stops before its last page";
  result.seconds = static_cast<double>(samples) / 48000.0;  // Opus always decodes at 48 kHz
  return result;
}

std::vector<std::string> check_speech(const std::string& path) {
  std::vector<std::string> problems;
  try {
    const DatabaseHandle db = open_untrusted(path);
    Statement rows(db.get(), "SELECT lang, text, ogg_opus, seconds FROM speech ORDER BY id");
    while (rows.step()) {
      const std::string problem = clip_problem(decode_ogg_opus(rows.blob(2)), rows.real(3));
      if (!problem.empty()) {
        problems.push_back("speech " + rows.text(0) + " " + excerpt(rows.text(1)) + ": " + problem);
      }
    }
  } catch (const StoreError& e) {
    problems.push_back(std::string("speech: cannot be read: ") + e.what());
  }
  return problems;
}

int speech_clip_count(const std::string& path) {
  try {
    const DatabaseHandle db = open_untrusted(path);
    return static_cast<int>(query_integer(db.get(), "SELECT COUNT(*) FROM speech"));
  } catch (const StoreError&) {
    return 0;
  }
}

}  // namespace kiosk::store
