// The kiosk's own words (buttons, headings, prompts): one list of keys, with their English.
//
// Interface text lives in the content database with the content, one row per language, so a
// swapped file can bring a new language without a new kiosk. This list is the one place that
// names every key: the builder takes the English from it and the other languages from
// db/content/interface.toml, `kiosk-db check` reports the keys a language lacks, and the kiosk
// falls back from the visitor's language to the file's default language and then to the
// English here, never to an empty label or a key.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace kiosk {

enum class Ui {
  BeginArea,        // the whole attract screen as one button
  BeginPrompt,      // the pill on the attract screen
  DidYouKnow,       // heading of the rotating fact
  HomeAsk,          // under the title on the home screen
  Briefings,        // the home button, and the card screen's title
  BriefingsNote,    // under it: the number of cards (plural: {n})
  Quiz,             // the home button
  QuizNote,         // under it: questions in a round (plural: {n})
  Timeline,         // the home button, and the timeline's title
  TimelineNote,     // under it
  BackHome,         // top bar: back to the home screen
  BackTimeline,     // top bar: a card opened from the timeline
  BackQuestion,     // top bar: a card opened from feedback
  Home,             // results: the home button
  SourcesDiffer,    // heading of a card's disagreement notes
  SourcesHeading,   // heading of a card's sources (plural: by the number of sources)
  QuizMe,           // a card's "quiz me on this"
  Continued,        // a card's title on its later pages: {title}
  CardUnavailable,  // a card that cannot be read
  Previous,         // the card screen's buttons
  More,
  Next,
  CardPosition,      // "{n} / {total}"
  PagePosition,      // "page {n} of {total}"
  KeepGoing,         // the still-there screen as one button
  StillThere,        // its title
  TouchToKeep,       // its line
  StartingOver,      // its countdown (plural: {n} seconds)
  StillHere,         // its button
  QuestionPosition,  // "Question {n} / {total}"
  AnswerLetters,     // the letters of the answers, space-separated: "A B C D E F"
  QuoteMarks,        // opening and closing quotation marks, space-separated
  ReadCard,          // feedback: open the card the question rests on
  Correct,           // feedback verdicts
  NotQuite,
  SeeScore,         // feedback after the last question
  NextQuestion,     // feedback otherwise
  SourcesLine,      // feedback: "Source: {list}" (plural: by the number of sources)
  QuoteTranslated,  // under a quote shown in translation: {outlet}
  ResultsTitle,
  YouScored,
  Score,  // "{n} of {total}"
  NothingMissed,
  MissedHeading,
  AllCorrect,
  PerfectScore,
  WellDone,
  GoodTry,
  EveryQuestion,
  TryMissed,
  PlayAgain,
  DateAsReported,  // the timeline's legend
  DateInferred,
  DisplayButton,  // the Aa button that opens the display options (its label names it for `press`)
  DisplayTitle,   // the display panel's title
  LargeText,      // its three toggles
  HighContrast,
  ReduceMotion,
  ReadAloud,  // the fourth toggle: each new screen speaks by itself
  SettingOn,  // a toggle's state, in words as well as colour
  SettingOff,
  Done,          // closes the panel
  Listen,        // the button that reads the screen aloud
  LoadingTitle,  // no content yet: also built in, in every language the kiosk ships with
  LoadingLine,
  UnavailableTitle,  // no usable content: likewise
  UnavailableLine,
};

inline constexpr std::size_t kUiCount = static_cast<std::size_t>(Ui::UnavailableLine) + 1;

// Whether a text takes a number and has plural forms (CLDR categories: one, few, many, other).
enum class UiPlural { No, Yes };

struct UiEntry {
  Ui id;
  std::string_view key;  // as in interface.toml and the ui_text table
  UiPlural plural;
  std::string_view english;  // for plurals, the "other" form; `english_one` is the "one" form
  std::string_view english_one = {};
};

// Every key, in the order of the enum.
extern const std::array<UiEntry, kUiCount> kUiEntries;

// The entry of `id`.
const UiEntry& ui_entry(Ui id);

// The key named `key`, if there is one (the builder rejects unknown keys by it).
std::optional<Ui> ui_from_key(std::string_view key);

// The words of the screens shown when there is no content to take words from ("One
// moment…", "Content unavailable"), built into the kiosk in the languages it ships with; the
// English entry for other keys and languages.
std::string_view built_in_text(Ui id, std::string_view language);

}  // namespace kiosk
