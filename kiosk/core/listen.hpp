// What each screen reads aloud: the texts it shows, in the order shown, as a Playlist.
//
// The texts are exactly those the screen draws (clips are looked up by the text shown, see
// core/speech.hpp), so the builder here mirrors the screens without drawing anything.
#pragma once

#include <string>

#include "core/content.hpp"
#include "core/speech.hpp"
#include "core/ui_text.hpp"
#include "core/visit.hpp"
#include "core/words.hpp"

namespace kiosk {

// A screen's playlist and the name it is traced by: the card's key, the question's key, or
// "results". Empty texts (and an empty id) on screens that read nothing.
struct ScreenSpeech {
  std::string id;
  Playlist playlist;
  friend bool operator==(const ScreenSpeech&, const ScreenSpeech&) = default;
};

// The praise the results screen shows for `score` of `total` ("Perfect score!", "Well done!").
Ui results_praise(int score, int total);

// What the screen `state` shows reads aloud, in `library`'s shown language, with the kiosk's
// words `t`: a card's title, date, text, key quote and speaker; a question's prompt and each
// choice's letter and text; the verdict and explanation; the score and its praise. Empty texts
// are left out; attract, home, timeline and unavailable read nothing.
ScreenSpeech screen_speech(const VisitState& state, const ContentLibrary& library, const Words& t);

// Where the visit stands as far as speech goes: everything screen_speech's answer depends on
// (the screen, the card or the question, the language and the content). The App compares it
// after every input and makes a playlist, which reads a card from the file, only when it moved.
struct SpeechPlace {
  Screen screen = Screen::Attract;
  int card = -1;      // on the cards screen; else -1
  int question = -1;  // the round's current question on question and feedback; else -1
  std::string language;
  const ContentLibrary* library = nullptr;
  friend bool operator==(const SpeechPlace&, const SpeechPlace&) = default;
};

// The place of `state` in `library` (null while no content is shown).
SpeechPlace speech_place(const VisitState& state, const ContentLibrary* library);

// Whether at least one of `playlist`'s texts has a clip in `library` (else Listen hides).
bool has_speech(const Playlist& playlist, const ContentLibrary& library);

}  // namespace kiosk
