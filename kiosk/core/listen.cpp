// Making each screen's playlist from the visit, the content and the kiosk's words.
#include "core/listen.hpp"

#include <utility>

#include "core/quiz.hpp"

namespace kiosk {
namespace {

// Appends `text` unless it is empty: nothing is said for a field the screen leaves out.
void say(Playlist& playlist, const std::string& text) {
  if (!text.empty()) playlist.texts.push_back(text);
}

ScreenSpeech card_speech(const VisitState& state, const ContentLibrary& library) {
  ScreenSpeech out;
  const std::optional<Card> card = library.card(state.card);
  if (!card) return out;
  out.id = card->key;
  say(out.playlist, card->title);
  say(out.playlist, card->date_label);
  say(out.playlist, card->body);
  if (card->quote) {
    say(out.playlist, card->quote->words);
    say(out.playlist, card->quote->speaker);
  }
  return out;
}

// The question on screen: its prompt, then each choice's letter and text in the order shown;
// on feedback, the verdict and the explanation after them.
ScreenSpeech question_speech(const VisitState& state, const Words& t) {
  ScreenSpeech out;
  const Round& round = state.round;
  if (round.current < 0 || round.current >= static_cast<int>(round.items.size())) return out;
  const RoundItem& item = round.items[static_cast<std::size_t>(round.current)];
  out.id = item.question.key;
  if (state.screen == Screen::Feedback) {
    say(out.playlist, t(is_missed(item) ? Ui::NotQuite : Ui::Correct));
    say(out.playlist, item.question.explanation);
    return out;
  }
  say(out.playlist, item.question.prompt);
  for (std::size_t i = 0; i < item.shown.size(); ++i) {
    say(out.playlist, t.item(Ui::AnswerLetters, static_cast<int>(i)));
    say(out.playlist, item.shown[i].text);
  }
  return out;
}

ScreenSpeech results_speech(const VisitState& state, const Words& t) {
  const int total = static_cast<int>(state.round.items.size());
  const int points = score(state.round);
  ScreenSpeech out;
  out.id = "results";
  say(out.playlist, t(Ui::YouScored));
  say(out.playlist,
      t.fill(Ui::Score, {{"n", std::to_string(points)}, {"total", std::to_string(total)}}));
  say(out.playlist, t(results_praise(points, total)));
  return out;
}

}  // namespace

Ui results_praise(int score, int total) {
  if (score == total) return Ui::PerfectScore;
  if (score * 5 >= total * 3) return Ui::WellDone;
  if (score > 0) return Ui::GoodTry;
  return Ui::EveryQuestion;
}

ScreenSpeech screen_speech(const VisitState& state, const ContentLibrary& library, const Words& t) {
  ScreenSpeech out;
  switch (state.screen) {
    case Screen::Cards: out = card_speech(state, library); break;
    case Screen::Question:
    case Screen::Feedback: out = question_speech(state, t); break;
    case Screen::Results: out = results_speech(state, t); break;
    case Screen::Attract:
    case Screen::Home:
    case Screen::Timeline:
    case Screen::Unavailable: break;
  }
  out.playlist.language = library.meta().language;
  return out;
}

SpeechPlace speech_place(const VisitState& state, const ContentLibrary* library) {
  SpeechPlace place;
  place.screen = state.screen;
  if (state.screen == Screen::Cards) place.card = state.card;
  if (state.screen == Screen::Question || state.screen == Screen::Feedback) {
    place.question = state.round.current;
  }
  place.library = library;
  if (library != nullptr) place.language = library->meta().language;
  return place;
}

bool has_speech(const Playlist& playlist, const ContentLibrary& library) {
  for (const std::string& text : playlist.texts) {
    if (library.speaks(playlist.language, text)) return true;
  }
  return false;
}

}  // namespace kiosk
