// The visit state machine: which screen a visitor is on and how inputs and time move them on.
//
// VisitState is a plain value. `handle` applies one input and returns an Outcome that the
// front end switches on (trace, redraw, sound); `tick` applies the passage of time (idle
// timeout, "still there?" countdown, rotating highlights). Neither reads a clock.
#pragma once

#include <optional>
#include <string_view>

#include "core/clock.hpp"
#include "core/content.hpp"
#include "core/display_options.hpp"
#include "core/quiz.hpp"
#include "core/random.hpp"

namespace kiosk {

enum class Screen { Attract, Home, Cards, Question, Feedback, Results, Timeline, Unavailable };

// "attract", "home", "cards", "question", "feedback", "results", "timeline", "unavailable".
std::string_view screen_name(Screen screen);

enum class Command {
  None,
  Begin,          // attract -> home
  OpenBriefings,  // home -> cards
  OpenQuiz,       // home -> first question of a new round
  OpenTimeline,   // home -> timeline
  OpenCard,       // timeline -> cards; argument: index of the card
  ReadCard,       // feedback -> the card the question rests on (Back returns to feedback)
  QuizCard,       // cards -> a round of the shown card's questions
  RetryMissed,    // results -> a round of the questions just missed
  NextCard,
  PreviousCard,
  NextPage,  // the next page of text that does not fit on one screen
  PreviousPage,
  Choose,        // argument: index of the chosen answer
  NextQuestion,  // feedback -> next question or results
  PlayAgain,     // results -> a new round
  GoHome,
  Back,            // one level up: to where cards were opened from; quiz/results/timeline ->
                   // home; home -> attract
  StillHere,       // dismisses the "still there?" prompt
  ChooseLanguage,  // attract or home; argument: index among the content's languages
  OpenStaff,       // the staff panel (hidden gesture or key)
  CloseStaff,
  OpenDisplayPanel,   // the Aa button: the visitor's display options, over any screen but attract
  CloseDisplayPanel,  // its Done button (and Escape)
  ToggleSetting,      // a toggle in the panel; argument: a DisplaySetting
  Listen,  // the Listen button (or listen_key): read the screen aloud, or stop reading it
};

struct Input {
  Command command = Command::None;
  int argument = 0;
  friend bool operator==(const Input&, const Input&) = default;
};

enum class Outcome {
  Ignored,             // nothing changed
  Changed,             // same screen, something on it changed (page, card, highlight)
  ScreenChanged,       // a different screen
  AnsweredCorrectly,   // now on feedback
  AnsweredWrongly,     // now on feedback
  StillThereAsked,     // the idle prompt appeared
  StillHereConfirmed,  // the idle prompt was dismissed
  VisitEnded,          // idle too long: back to attract, visit reset
  ContentUnusable,     // the content could not be read: now on the unavailable screen
  StaffOpened,         // the staff panel appeared
  StaffClosed,         // the staff panel went away
  LanguageChanged,     // every text is now in another language (on attract: the visit began)
  SettingChanged,      // a display option was turned on or off
  ListenPressed,       // Listen on a screen that reads aloud: the front end starts or stops
};

// The shortest "still there?" countdown the kiosk allows (WCAG 2.2 success criterion 2.2.1).
inline constexpr Millis kLeastStillThere = 20'000;

struct VisitConfig {
  Millis idle_timeout = 60'000;  // no input for this long -> "still there?"
  // The prompt's countdown: at least 20 s, as WCAG 2.2.1 asks of a warning before time runs out.
  Millis still_there_for = kLeastStillThere;
  Millis highlight_period = 8'000;  // attract screen: next "did you know" after this
  Millis staff_open_for = 30'000;   // the staff panel closes by itself after this
  int round_length = 5;
};

// A screen and its page: where Back leaves the cards screen for.
struct Place {
  Screen screen = Screen::Home;
  int page = 0;
  friend bool operator==(const Place&, const Place&) = default;
};

struct VisitState {
  Screen screen = Screen::Attract;
  int card = 0;      // index of the card on the cards screen
  int page = 0;      // page of over-long text on the current screen
  int focus = -1;    // keyboard focus: index among the screen's buttons
  Place cards_from;  // where the cards screen was opened from
  Round round;
  QuizMemory quiz;  // what this visit has been asked; a new visit forgets
  Millis last_input = 0;
  std::optional<Millis> still_there_since;  // set while the idle prompt shows
  int highlight = 0;                        // attract screen's "did you know" item
  Millis highlight_since = 0;
  std::optional<Millis> staff_since;     // set while the staff panel shows
  std::optional<Millis> staff_armed_at;  // a corner long-press, waiting for the second tap
  Random random;
  // The visitor's language (a code of the content's languages); "" = the kiosk's default,
  // which is what a new visit starts with.
  std::string language;
  // The visitor's display options; a new visit starts with the standard ones.
  DisplayOptions display;
  bool display_panel_open = false;  // the Aa panel shows over the screen
  friend bool operator==(const VisitState&, const VisitState&) = default;
};

// A fresh visit on the attract screen at time `now`.
VisitState start_visit(Millis now, Random random);

// Applies one input from the visitor. `library` is the content in use.
Outcome handle(VisitState& state, const Input& input, Millis now, const ContentLibrary& library,
               const VisitConfig& config);

// Any touch, click or key counts as presence: it resets the idle timer, and when the
// "still there?" prompt is showing it dismisses it. Returns StillHereConfirmed when it did,
// in which case the input itself must not be acted on.
Outcome note_presence(VisitState& state, Millis now);

// Applies the passage of time up to `now`.
Outcome tick(VisitState& state, Millis now, const VisitConfig& config, int highlight_count);

// The earliest time at which `tick` could change something (kNever if nothing is scheduled):
// the front end sleeps until then unless an event arrives.
Millis next_deadline(const VisitState& state, Millis now, const VisitConfig& config,
                     int highlight_count);

// Whole seconds left on the "still there?" countdown (0 when it is not showing).
int still_there_seconds_left(const VisitState& state, Millis now, const VisitConfig& config);

// A screen on which new content can be switched in without disturbing anyone: the attract
// or home screen (or none, when nothing is shown yet), with no prompt or panel open.
bool at_safe_point(const VisitState& state);

// The content is gone or unusable: show the calm unavailable screen.
void show_unavailable(VisitState& state);

// Content became usable (at start-up or after a swap): begin a fresh visit.
void content_arrived(VisitState& state, Millis now);

}  // namespace kiosk
