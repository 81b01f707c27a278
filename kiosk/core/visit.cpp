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

Outcome begin_round(VisitState& state, const ContentLibrary& library, const VisitConfig& config) {
  std::optional<Round> round = start_round(library, config.round_length, state.random);
  if (!round) {
    show_unavailable(state);
    return Outcome::ContentUnusable;
  }
  state.round = std::move(*round);
  go_to(state, Screen::Question);
  return Outcome::ScreenChanged;
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
    case AnswerOutcome::Correct:
      go_to(state, Screen::Feedback);
      return Outcome::AnsweredCorrectly;
    case AnswerOutcome::Wrong:
      go_to(state, Screen::Feedback);
      return Outcome::AnsweredWrongly;
    case AnswerOutcome::AlreadyAnswered:
    case AnswerOutcome::NoSuchChoice:
      return Outcome::Ignored;
  }
  return Outcome::Ignored;
}

Outcome next_question(VisitState& state) {
  switch (advance(state.round)) {
    case AdvanceOutcome::NextQuestion: return go_to(state, Screen::Question);
    case AdvanceOutcome::RoundFinished: return go_to(state, Screen::Results);
  }
  return Outcome::Ignored;
}

Outcome back(VisitState& state) {
  switch (state.screen) {
    case Screen::Home: return go_to(state, Screen::Attract);
    case Screen::Cards:
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
    case Command::OpenBriefings:
    case Command::OpenQuiz: return screen == Screen::Home;
    case Command::NextCard:
    case Command::PreviousCard: return screen == Screen::Cards;
    case Command::NextPage:
    case Command::PreviousPage:
      return screen == Screen::Cards || screen == Screen::Feedback || screen == Screen::Results;
    case Command::Choose: return screen == Screen::Question;
    case Command::NextQuestion: return screen == Screen::Feedback;
    case Command::PlayAgain: return screen == Screen::Results;
    case Command::GoHome:
    case Command::Back: return screen != Screen::Attract && screen != Screen::Unavailable;
    case Command::StillHere:
    case Command::OpenStaff:
    case Command::CloseStaff:
    case Command::None: return false;
  }
  return false;
}

}  // namespace

std::string_view screen_name(Screen screen) {
  static constexpr std::array<std::string_view, 7> kNames{
      "attract", "home", "cards", "question", "feedback", "results", "unavailable"};
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
  if (!accepts(state.screen, input.command)) return Outcome::Ignored;
  state.last_input = now;
  switch (input.command) {
    case Command::Begin: return go_to(state, Screen::Home);
    case Command::OpenBriefings:
      state.card = 0;
      return go_to(state, Screen::Cards);
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
    case Command::StillHere:
    case Command::OpenStaff:
    case Command::CloseStaff:
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
  switch (state.screen) {
    case Screen::Unavailable: return Outcome::Ignored;
    case Screen::Attract:
      if (highlight_count > 1 && now - state.highlight_since >= config.highlight_period) {
        state.highlight = (state.highlight + 1) % highlight_count;
        state.highlight_since = now;
        return Outcome::Changed;
      }
      return Outcome::Ignored;
    default: break;
  }
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
  switch (state.screen) {
    case Screen::Unavailable: return kNever;
    case Screen::Attract:
      return highlight_count > 1 ? state.highlight_since + config.highlight_period : kNever;
    default: break;
  }
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
  return quiet_screen && !state.still_there_since && !state.staff_since;
}

void show_unavailable(VisitState& state) {
  state.screen = Screen::Unavailable;
  state.page = 0;
  state.focus = -1;
  state.round = Round{};
  state.still_there_since.reset();
}

void content_arrived(VisitState& state, Millis now) {
  const std::optional<Millis> staff = state.staff_since;
  state = start_visit(now, state.random);
  state.staff_since = staff;  // a curator watching the panel keeps it
}

}  // namespace kiosk
