// Opening the sound device and playing speech clips in turn with SDL2_mixer.
#include "ui/audio.hpp"

#include <algorithm>
#include <atomic>

namespace kiosk::ui {
namespace {

// How long speech takes to fade out when stopped: short, but long enough for no click.
constexpr int kFadeOutMs = 150;

// The event to push when a clip ends (SDL_PushEvent is safe from the audio thread).
std::atomic<Uint32> finished_event_type{0};

void clip_finished() {
  const Uint32 type = finished_event_type.load();
  if (type == 0) return;
  SDL_Event event{};
  event.type = type;
  SDL_PushEvent(&event);
}

}  // namespace

Speaker::Speaker(int volume, Uint32 finished_event) {
  if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
    problem_ = std::string("no sound device: ") + SDL_GetError();
    return;
  }
  if ((Mix_Init(MIX_INIT_OPUS) & MIX_INIT_OPUS) == 0) {
    problem_ = std::string("no Opus decoder: ") + Mix_GetError();
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    return;
  }
  // Mono at 48 kHz, Opus's own rate: speech needs no more, and nothing is resampled.
  if (Mix_OpenAudio(48000, AUDIO_S16SYS, 1, 2048) != 0) {
    problem_ = std::string("no sound device: ") + Mix_GetError();
    Mix_Quit();
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    return;
  }
  mixer_open_ = true;
  device_ = AudioDevice::Open;
  Mix_VolumeMusic(std::clamp(volume, 0, 100) * MIX_MAX_VOLUME / 100);
  finished_event_type = finished_event;
  Mix_HookMusicFinished(clip_finished);
}

Speaker::~Speaker() {
  if (!mixer_open_) return;
  Mix_HookMusicFinished(nullptr);
  finished_event_type = 0;
  Mix_HaltMusic();
  music_.reset();
  faded_.reset();
  Mix_CloseAudio();
  Mix_Quit();
  SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

bool Speaker::play(const Playlist& playlist, const ContentLibrary& library,
                   const std::function<void(const std::string&)>& warn) {
  stop();
  if (device_ == AudioDevice::Missing) return false;
  playlist_ = playlist;
  return start_from(0, library, warn);
}

bool Speaker::next(const ContentLibrary& library,
                   const std::function<void(const std::string&)>& warn) {
  if (!playlist_ || Mix_PlayingMusic() != 0) return playing();
  return start_from(position_, library, warn);
}

// Plays the first text from `index` on that has a clip which decodes; forgets the playlist
// when none is left.
bool Speaker::start_from(std::size_t index, const ContentLibrary& library,
                         const std::function<void(const std::string&)>& warn) {
  Mix_HaltMusic();
  music_.reset();
  faded_.reset();
  for (; index < playlist_->texts.size(); ++index) {
    const std::string& text = playlist_->texts[index];
    std::optional<SpeechClip> clip = library.speech(playlist_->language, text);
    if (!clip) continue;
    clip_ = std::move(*clip);
    SDL_RWops* bytes =
        SDL_RWFromConstMem(clip_.ogg_opus.data(), static_cast<int>(clip_.ogg_opus.size()));
    MusicPtr music(bytes != nullptr ? Mix_LoadMUS_RW(bytes, 1) : nullptr);
    if (!music || Mix_PlayMusic(music.get(), 1) != 0) {
      warn("the speech of \"" + text.substr(0, 40) + "\" (" + playlist_->language +
           ") cannot be played, skipped: " + Mix_GetError());
      continue;
    }
    music_ = std::move(music);
    position_ = index + 1;
    return true;
  }
  playlist_.reset();
  return false;
}

void Speaker::stop() {
  playlist_.reset();
  if (!music_) return;
  if (Mix_PlayingMusic() == 0 || Mix_FadeOutMusic(kFadeOutMs) == 0) {
    Mix_HaltMusic();
    music_.reset();
    return;
  }
  // The stream and its bytes live on until the fade is over.
  faded_ = std::move(music_);
  faded_clip_ = std::move(clip_);
}

void Speaker::release_faded() {
  if (faded_ && Mix_PlayingMusic() == 0) faded_.reset();
}

}  // namespace kiosk::ui
