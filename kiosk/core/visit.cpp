// The visit state machine's transitions.
#include "core/visit.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace kiosk {
namespace {

Outcome go_to(VisitState& state, Screen screen) {
  const bool changed = state.screen != screen;
  state.screen = screen;
  state.page = 0;
  state.focus = -1;
  return changed ? Outcome::ScreenChanged : Outcome::Changed;
}

// Puts the round's current question on screen; from now on it counts as asked.
Outcome show_question(VisitState& state) {
  const Outcome outcome = go_to(state, Screen::Question);
  note_asked(state.quiz, current_item(state.round));
  return outcome;
}

Outcome begin_round(VisitState& state, const ContentLibrary& library, const VisitConfig& config) {
  std::optional<Round> round = start_round(library, config.round_length, state.random, state.quiz);
  if (!round) {
    show_unavailable(state);
    return Outcome::ContentUnusable;
  }
  state.round = std::move(*round);
  show_question(state);
  return Outcome::ScreenChanged;
}

// "Quiz me on this": a round of the shown card's questions. Not while a round is in
// progress (the card was opened from its feedback).
Outcome begin_card_round(VisitState& state, const ContentLibrary& library,
                         const VisitConfig& config) {
  if (state.cards_from.screen == Screen::Feedback) return Outcome::Ignored;
  std::optional<Round> round =
      start_card_round(library, state.card, config.round_length, state.random, state.quiz);
  if (!round) return Outcome::Ignored;
  state.round = std::move(*round);
  return show_question(state);
}

// "Try the ones I missed": a round of exactly the questions missed in the finished one.
Outcome begin_missed_round(VisitState& state) {
  std::optional<Round> round = start_missed_round(state.round, state.random, state.quiz);
  if (!round) return Outcome::Ignored;
  state.round = std::move(*round);
  return show_question(state);
}

// Opens card `card` on the cards screen; Back will return to `from`.
Outcome open_card(VisitState& state, int card, Place from, int card_count) {
  if (card < 0 || card >= card_count) return Outcome::Ignored;
  state.card = card;
  state.cards_from = from;
  return go_to(state, Screen::Cards);
}

// "Read the card" on feedback: the card the question rests on.
Outcome read_card(VisitState& state, int card_count) {
  const int card = current_item(state.round).question.card;
  return open_card(state, card, {Screen::Feedback, state.page}, card_count);
}

Outcome step_card(VisitState& state, int delta, int card_count) {
  const int target = state.card + delta;
  if (target < 0 || target >= card_count) return Outcome::Ignored;
  state.card = target;
  state.page = 0;
  state.focus = -1;
  return Outcome::Changed;
}

Outcome step_page(VisitState& state, int delta) {
  if (state.page + delta < 0) return Outcome::Ignored;
  state.page += delta;
  return Outcome::Changed;
}

Outcome choose(VisitState& state, int choice) {
  switch (answer(state.round, choice)) {
    case AnswerOutcome::Correct: go_to(state, Screen::Feedback); return Outcome::AnsweredCorrectly;
    case AnswerOutcome::Wrong: go_to(state, Screen::Feedback); return Outcome::AnsweredWrongly;
    case AnswerOutcome::AlreadyAnswered:
    case AnswerOutcome::NoSuchChoice: return Outcome::Ignored;
  }
  return Outcome::Ignored;
}

Outcome next_question(VisitState& state) {
  switch (advance(state.round)) {
    case AdvanceOutcome::NextQuestion: return show_question(state);
    case AdvanceOutcome::RoundFinished: return go_to(state, Screen::Results);
  }
  return Outcome::Ignored;
}

// Back from the cards screen: to where they were opened from, on the page it was left at.
Outcome leave_cards(VisitState& state) {
  const Place from = state.cards_from;
  state.cards_from = {};
  const Outcome outcome = go_to(state, from.screen);
  state.page = from.page;
  return outcome;
}

Outcome back(VisitState& state) {
  switch (state.screen) {
    case Screen::Home: return go_to(state, Screen::Attract);
    case Screen::Cards: return leave_cards(state);
    case Screen::Timeline:
    case Screen::Question:
    case Screen::Feedback:
    case Screen::Results: return go_to(state, Screen::Home);
    case Screen::Attract:
    case Screen::Unavailable: return Outcome::Ignored;
  }
  return Outcome::Ignored;
}

// Which commands each screen accepts; anything else is ignored, so a stray event (a key
// pressed on the wrong screen, a late tap) can never skip a step.
bool accepts(Screen screen, Command command) {
  switch (command) {
    case Command::Begin: return screen == Screen::Attract;
    case Command::ChooseLanguage: return screen == Screen::Attract || screen == Screen::Home;
    case Command::OpenBriefings:
    case Command::OpenQuiz:
    case Command::OpenTimeline: return screen == Screen::Home;
    case Command::OpenCard: return screen == Screen::Timeline;
    case Command::NextCard:
    case Command::PreviousCard:
    case Command::QuizCard: return screen == Screen::Cards;
    case Command::NextPage:
    case Command::PreviousPage:
      return screen == Screen::Cards || screen == Screen::Feedback || screen == Screen::Results ||
             screen == Screen::Timeline;
    case Command::Choose: return screen == Screen::Question;
    case Command::NextQuestion:
    case Command::ReadCard: return screen == Screen::Feedback;
    case Command::PlayAgain:
    case Command::RetryMissed: return screen == Screen::Results;
    case Command::Listen:
      return screen == Screen::Cards || screen == Screen::Question || screen == Screen::Feedback ||
             screen == Screen::Results;
    case Command::GoHome:
    case Command::Back:
    case Command::OpenDisplayPanel:  // the Aa button: every screen after attract
      return screen != Screen::Attract && screen != Screen::Unavailable;
    case Command::StillHere:
    case Command::OpenStaff:
    case Command::CloseStaff:
    case Command::CloseDisplayPanel:
    case Command::ToggleSetting:
    case Command::None: return false;
  }
  return false;
}

// Whether a visitor may be in the middle of a visit here, so the idle timer and "still
// there?" apply. Every screen is listed, so -Wswitch asks about a new one.
bool idle_timer_runs(Screen screen) {
  switch (screen) {
    case Screen::Attract:
    case Screen::Unavailable: return false;
    case Screen::Home:
    case Screen::Cards:
    case Screen::Question:
    case Screen::Feedback:
    case Screen::Results:
    case Screen::Timeline: return true;
  }
  return true;
}

// A language button: every text switches at once; on the attract screen the touch also begins
// the visit, as any touch there does.
Outcome choose_language(VisitState& state, int index, const ContentLibrary& library) {
  const std::vector<LanguageChoice> languages = library.languages();
  if (index < 0 || index >= static_cast<int>(languages.size())) return Outcome::Ignored;
  const bool began = state.screen == Screen::Attract;
  if (began) go_to(state, Screen::Home);
  const std::string& code = languages[static_cast<std::size_t>(index)].code;
  if (code == state.language) return began ? Outcome::ScreenChanged : Outcome::Ignored;
  state.language = code;
  return Outcome::LanguageChanged;
}

// The display panel is modal: its toggles work, Done and Escape close it, nothing else does.
Outcome handle_display_panel(VisitState& state, const Input& input) {
  switch (input.command) {
    case Command::ToggleSetting: {
      if (input.argument < 0 || input.argument >= static_cast<int>(kDisplaySettings.size())) {
        return Outcome::Ignored;
      }
      toggle(state.display, kDisplaySettings[static_cast<std::size_t>(input.argument)]);
      return Outcome::SettingChanged;
    }
    case Command::CloseDisplayPanel:
    case Command::Back:
      state.display_panel_open = false;
      state.focus = -1;
      return Outcome::Changed;
    default: return Outcome::Ignored;
  }
}

}  // namespace

std::string_view screen_name(Screen screen) {
  static constexpr std::array<std::string_view, 8> kNames{
      "attract", "home", "cards", "question", "feedback", "results", "timeline", "unavailable"};
  return kNames[static_cast<std::size_t>(screen)];
}

VisitState start_visit(Millis now, Random random) {
  VisitState state;
  state.last_input = now;
  state.highlight_since = now;
  state.random = random;
  return state;
}

Outcome handle(VisitState& state, const Input& input, Millis now, const ContentLibrary& library,
               const VisitConfig& config) {
  // The staff panel is modal: it opens over any screen and only closes.
  if (input.command == Command::OpenStaff) {
    if (state.staff_since) return Outcome::Ignored;
    state.staff_since = now;
    state.still_there_since.reset();
    return Outcome::StaffOpened;
  }
  if (state.staff_since) {
    if (input.command != Command::CloseStaff) return Outcome::Ignored;
    state.staff_since.reset();
    state.last_input = now;
    return Outcome::StaffClosed;
  }
  if (state.display_panel_open) {
    state.last_input = now;
    return handle_display_panel(state, input);
  }
  if (!accepts(state.screen, input.command)) return Outcome::Ignored;
  state.last_input = now;
  switch (input.command) {
    case Command::Begin: return go_to(state, Screen::Home);
    case Command::ChooseLanguage: return choose_language(state, input.argument, library);
    case Command::OpenBriefings: return open_card(state, 0, {}, std::max(1, library.card_count()));
    case Command::OpenTimeline: return go_to(state, Screen::Timeline);
    case Command::OpenCard:
      return open_card(state, input.argument, {Screen::Timeline, state.page}, library.card_count());
    case Command::ReadCard: return read_card(state, library.card_count());
    case Command::QuizCard: return begin_card_round(state, library, config);
    case Command::RetryMissed: return begin_missed_round(state);
    case Command::OpenQuiz:
    case Command::PlayAgain: return begin_round(state, library, config);
    case Command::NextCard: return step_card(state, +1, library.card_count());
    case Command::PreviousCard: return step_card(state, -1, library.card_count());
    case Command::NextPage: return step_page(state, +1);
    case Command::PreviousPage: return step_page(state, -1);
    case Command::Choose: return choose(state, input.argument);
    case Command::NextQuestion: return next_question(state);
    case Command::GoHome: return go_to(state, Screen::Home);
    case Command::Back: return back(state);
    case Command::OpenDisplayPanel:
      state.display_panel_open = true;
      state.focus = -1;
      return Outcome::Changed;
    case Command::Listen: return Outcome::ListenPressed;
    case Command::StillHere:
    case Command::OpenStaff:
    case Command::CloseStaff:
    case Command::CloseDisplayPanel:
    case Command::ToggleSetting:
    case Command::None: return Outcome::Ignored;
  }
  return Outcome::Ignored;
}

Outcome note_presence(VisitState& state, Millis now) {
  state.last_input = now;
  if (!state.still_there_since) return Outcome::Ignored;
  state.still_there_since.reset();
  return Outcome::StillHereConfirmed;
}

Outcome tick(VisitState& state, Millis now, const VisitConfig& config, int highlight_count) {
  if (state.staff_since) {
    if (now - *state.staff_since < config.staff_open_for) return Outcome::Ignored;
    state.staff_since.reset();
    state.last_input = now;
    return Outcome::StaffClosed;
  }
  if (state.screen == Screen::Unavailable) return Outcome::Ignored;
  if (state.screen == Screen::Attract) {
    if (highlight_count > 1 && now - state.highlight_since >= config.highlight_period) {
      state.highlight = (state.highlight + 1) % highlight_count;
      state.highlight_since = now;
      return Outcome::Changed;
    }
    return Outcome::Ignored;
  }
  if (!idle_timer_runs(state.screen)) return Outcome::Ignored;
  if (state.still_there_since) {
    if (now - *state.still_there_since < config.still_there_for) return Outcome::Changed;
    const int highlight = state.highlight;
    state = start_visit(now, state.random);
    state.highlight = highlight_count > 0 ? (highlight + 1) % highlight_count : 0;
    return Outcome::VisitEnded;
  }
  if (now - state.last_input >= config.idle_timeout) {
    state.still_there_since = now;
    return Outcome::StillThereAsked;
  }
  return Outcome::Ignored;
}

Millis next_deadline(const VisitState& state, Millis now, const VisitConfig& config,
                     int highlight_count) {
  if (state.staff_since) return *state.staff_since + config.staff_open_for;
  if (state.screen == Screen::Attract) {
    return highlight_count > 1 ? state.highlight_since + config.highlight_period : kNever;
  }
  if (!idle_timer_runs(state.screen)) return kNever;
  if (state.still_there_since) {
    // Wake each second to redraw the countdown, and at its end.
    const Millis since = *state.still_there_since;
    const Millis end = since + config.still_there_for;
    const Millis elapsed = std::max<Millis>(0, now - since);
    return std::min(end, since + (elapsed / 1000 + 1) * 1000);
  }
  return state.last_input + config.idle_timeout;
}

int still_there_seconds_left(const VisitState& state, Millis now, const VisitConfig& config) {
  if (!state.still_there_since) return 0;
  const Millis left = *state.still_there_since + config.still_there_for - now;
  return left <= 0 ? 0 : static_cast<int>((left + 999) / 1000);
}

bool at_safe_point(const VisitState& state) {
  const bool quiet_screen = state.screen == Screen::Attract || state.screen == Screen::Home ||
                            state.screen == Screen::Unavailable;
  return quiet_screen && !state.still_there_since && !state.staff_since &&
         !state.display_panel_open;
}

void show_unavailable(VisitState& state) {
  state.screen = Screen::Unavailable;
  state.page = 0;
  state.focus = -1;
  state.round = Round{};
  state.still_there_since.reset();
  state.display_panel_open = false;
}

void content_arrived(VisitState& state, Millis now) {
  const std::optional<Millis> staff = state.staff_since;
  state = start_visit(now, state.random);
  state.staff_since = staff;  // a curator watching the panel keeps it
}

}  // namespace kiosk
