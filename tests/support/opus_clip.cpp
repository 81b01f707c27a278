// Encoding a tone to Ogg Opus in memory with libopusenc's callbacks.
#include "support/opus_clip.hpp"

#include <opus/opusenc.h>

#include <cmath>
#include <cstdint>
#include <numbers>
#include <stdexcept>
#include <vector>

namespace kiosk::test {
namespace {

int append(void* user_data, const unsigned char* bytes, opus_int32 length) {
  auto* out = static_cast<std::vector<std::uint8_t>*>(user_data);
  out->insert(out->end(), bytes, bytes + length);
  return 0;
}

int close_nothing(void* /*user_data*/) { return 0; }

}  // namespace

SpeechClip tone_clip(double seconds, double hz) {
  constexpr int kRate = 48000;
  SpeechClip clip;
  clip.seconds = seconds;
  const OpusEncCallbacks callbacks{append, close_nothing};
  OggOpusComments* comments = ope_comments_create();
  int error = 0;
  OggOpusEnc* encoder =
      ope_encoder_create_callbacks(&callbacks, &clip.ogg_opus, comments, kRate, 1, 0, &error);
  if (encoder == nullptr) {
    ope_comments_destroy(comments);
    throw std::runtime_error("cannot make an Opus encoder");
  }
  const int samples = static_cast<int>(seconds * kRate);
  std::vector<opus_int16> pcm(static_cast<std::size_t>(samples));
  for (int i = 0; i < samples; ++i) {
    pcm[static_cast<std::size_t>(i)] =
        static_cast<opus_int16>(12000 * std::sin(2 * std::numbers::pi * hz * i / kRate));
  }
  ope_encoder_write(encoder, pcm.data(), samples);
  ope_encoder_drain(encoder);
  ope_encoder_destroy(encoder);
  ope_comments_destroy(comments);
  return clip;
}

}  // namespace kiosk::test
