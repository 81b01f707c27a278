// The App's speech: the Listen button and key, Read aloud, and leaving a screen stopping it.
#include <SDL.h>

#include "ui/app_loop.hpp"

namespace kiosk::ui {

// Opens the sound device, the first time a screen has speech (content without speech never
// opens it); a kiosk without one runs on silently and says so once.
void App::open_speaker() {
  speech_event_ = SDL_RegisterEvents(1);
  speaker_ = std::make_unique<Speaker>(
      options_.volume, speech_event_ == static_cast<Uint32>(-1) ? 0 : speech_event_);
  if (speaker_->device() == AudioDevice::Missing) {
    err_ << "kiosk: speech is silent: " << speaker_->problem() << '\n';
  }
}

// Called after every change: a screen that reads something else than the one listened to
// stops it (leaving the screen stops), and with Read aloud on, a new screen speaks by itself.
void App::follow_speech() {
  const ContentLibrary* library = content_.library();
  SpeechPlace place = speech_place(state_, library);
  if (place == spoken_place_) return;  // most inputs: a page turned, a setting changed
  spoken_place_ = std::move(place);
  ScreenSpeech now_shown;
  if (library != nullptr && state_.screen != Screen::Unavailable) {
    now_shown = screen_speech(state_, *library, words_);
  }
  if (now_shown == heard_) return;
  stop_listening();
  heard_ = std::move(now_shown);
  speech_here_ = library != nullptr && options_.volume > 0 && !heard_.playlist.texts.empty() &&
                 has_speech(heard_.playlist, *library);
  if (speech_here_ && !speaker_) open_speaker();
  speech_here_ = speech_here_ && speaker_->device() == AudioDevice::Open;
  dirty_ = true;
  if (speech_here_ && state_.display.narration == Narration::ReadAloud) start_listening();
}

// The Listen button or key: reads the screen, or stops reading it.
void App::listen_pressed() {
  if (!speech_here_) return;
  if (speaker_->playing()) stop_listening();
  else start_listening();
}

void App::start_listening() {
  const ContentLibrary* library = content_.library();
  if (library == nullptr || !speaker_) return;
  const auto warn = [this](const std::string& line) { err_ << "kiosk: " << line << '\n'; };
  if (speaker_->play(heard_.playlist, *library, warn)) trace("listen start " + heard_.id);
  dirty_ = true;
}

void App::stop_listening() {
  if (!speaker_ || !speaker_->playing()) return;
  speaker_->stop();
  trace("listen stop");
  dirty_ = true;
}

// A clip ended: the next one plays; after the last, Listen shows ready again.
void App::clip_finished() {
  if (speaker_) speaker_->release_faded();
  const ContentLibrary* library = content_.library();
  if (!speaker_ || !speaker_->playing() || library == nullptr) return;
  const auto warn = [this](const std::string& line) { err_ << "kiosk: " << line << '\n'; };
  if (!speaker_->next(*library, warn)) {
    trace("listen done");
    dirty_ = true;
  }
}

ListenButton App::listen_button() const {
  if (!speech_here_) return ListenButton::Hidden;
  return speaker_->playing() ? ListenButton::Playing : ListenButton::Ready;
}

}  // namespace kiosk::ui
