// Speaking a playlist: a thin adapter over SDL2_mixer that plays clips one after another.
//
// Each clip is decoded straight from its bytes in memory (Ogg Opus through SDL2_mixer's
// opusfile decoder), streamed as Mix_Music rather than decoded whole, and only the one playing
// is loaded: a long card read aloud costs a few kilobytes of buffers, not its whole sound.
// Without a sound device the kiosk runs on silently; Speaker says why once and plays nothing.
#pragma once

#include <SDL.h>
#include <SDL_mixer.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/content.hpp"
#include "core/speech.hpp"

namespace kiosk::ui {

struct MusicDeleter {
  void operator()(Mix_Music* music) const { Mix_FreeMusic(music); }
};
using MusicPtr = std::unique_ptr<Mix_Music, MusicDeleter>;

// Whether a sound device opened.
enum class AudioDevice { Open, Missing };

class Speaker {
 public:
  // Opens the sound device at `volume` (0..100). When it cannot (no device, no driver),
  // `device()` says Missing and `problem()` why; nothing is thrown. `finished_event` is an SDL
  // user event type pushed when a clip ends, so the loop wakes to play the next (0: none).
  Speaker(int volume, Uint32 finished_event);
  ~Speaker();
  Speaker(const Speaker&) = delete;
  Speaker& operator=(const Speaker&) = delete;

  AudioDevice device() const { return device_; }
  const std::string& problem() const { return problem_; }

  // Starts reading `playlist` from its first text with a clip in `library`, stopping what
  // played before. A clip that does not decode is skipped, with a line on `warn`. Returns
  // whether anything plays.
  bool play(const Playlist& playlist, const ContentLibrary& library,
            const std::function<void(const std::string&)>& warn);
  // Call when the finished event arrives: plays the next clip, if any. Returns whether the
  // playlist is still being read.
  bool next(const ContentLibrary& library, const std::function<void(const std::string&)>& warn);
  // Fades the speech out briefly (no click) and forgets the playlist; returns at once, the
  // fade going on in the audio thread.
  void stop();
  // Frees a clip that has faded out (call when the finished event arrives).
  void release_faded();
  bool playing() const { return playlist_.has_value(); }

 private:
  bool start_from(std::size_t index, const ContentLibrary& library,
                  const std::function<void(const std::string&)>& warn);

  AudioDevice device_ = AudioDevice::Missing;
  std::string problem_;
  bool mixer_open_ = false;
  std::optional<Playlist> playlist_;
  std::size_t position_ = 0;  // the next text to play
  SpeechClip clip_;           // the bytes the music playing reads from
  MusicPtr music_;
  SpeechClip faded_clip_;  // a clip fading out after stop(), and its stream
  MusicPtr faded_;
};

}  // namespace kiosk::ui
