// The kiosk's own words: the one list of keys, with their English.
#include "core/ui_text.hpp"

#include <algorithm>

namespace kiosk {

// Placeholders: {n} and {total} are numbers, {title}, {list} and {outlet} are text.
const std::array<UiEntry, kUiCount> kUiEntries{{
    {Ui::BeginArea, "begin_area", UiPlural::No, "Touch to begin"},
    {Ui::BeginPrompt, "begin_prompt", UiPlural::No, "Touch the screen to begin"},
    {Ui::DidYouKnow, "did_you_know", UiPlural::No, "DID YOU KNOW?"},
    {Ui::HomeAsk, "home_ask", UiPlural::No, "What would you like to do?"},
    {Ui::Briefings, "briefings", UiPlural::No, "Briefings"},
    {Ui::BriefingsNote, "briefings_note", UiPlural::Yes, "{n} short briefings, in date order",
     "{n} short briefing, in date order"},
    {Ui::Quiz, "quiz", UiPlural::No, "Quiz"},
    {Ui::QuizNote, "quiz_note", UiPlural::Yes, "{n} questions on the events",
     "{n} question on the events"},
    {Ui::Timeline, "timeline", UiPlural::No, "Timeline"},
    {Ui::TimelineNote, "timeline_note", UiPlural::No, "The events on a line, by date"},
    {Ui::BackHome, "back_home", UiPlural::No, "\u2039 Home"},
    {Ui::BackTimeline, "back_timeline", UiPlural::No, "\u2039 Timeline"},
    {Ui::BackQuestion, "back_question", UiPlural::No, "\u2039 Question"},
    {Ui::Home, "home", UiPlural::No, "Home"},
    {Ui::SourcesDiffer, "sources_differ", UiPlural::No, "Sources differ"},
    {Ui::SourcesHeading, "sources_heading", UiPlural::Yes, "Sources", "Source"},
    {Ui::QuizMe, "quiz_me", UiPlural::No, "Quiz me on this"},
    {Ui::Continued, "continued", UiPlural::No, "{title} (continued)"},
    {Ui::CardUnavailable, "card_unavailable", UiPlural::No,
     "This briefing cannot be shown right now."},
    {Ui::Previous, "previous", UiPlural::No, "\u2039 Previous"},
    {Ui::More, "more", UiPlural::No, "More \u203A"},
    {Ui::Next, "next", UiPlural::No, "Next \u203A"},
    {Ui::CardPosition, "card_position", UiPlural::No, "{n} / {total}"},
    {Ui::PagePosition, "page_position", UiPlural::No, "page {n} of {total}"},
    {Ui::KeepGoing, "keep_going", UiPlural::No, "Keep going"},
    {Ui::StillThere, "still_there", UiPlural::No, "Still there?"},
    {Ui::TouchToKeep, "touch_to_keep", UiPlural::No, "Touch anywhere to keep going."},
    {Ui::StartingOver, "starting_over", UiPlural::Yes, "Starting over in {n} seconds",
     "Starting over in {n} second"},
    {Ui::StillHere, "still_here", UiPlural::No, "I need more time"},
    {Ui::QuestionPosition, "question_position", UiPlural::No, "Question {n} / {total}"},
    {Ui::AnswerLetters, "answer_letters", UiPlural::No, "A B C D E F"},
    {Ui::QuoteMarks, "quote_marks", UiPlural::No, "\u201C \u201D"},
    {Ui::ReadCard, "read_card", UiPlural::No, "Read the card"},
    {Ui::Correct, "correct", UiPlural::No, "Correct!"},
    {Ui::NotQuite, "not_quite", UiPlural::No, "Not quite."},
    {Ui::SeeScore, "see_score", UiPlural::No, "See my score \u203A"},
    {Ui::NextQuestion, "next_question", UiPlural::No, "Next question \u203A"},
    {Ui::SourcesLine, "sources_line", UiPlural::Yes, "Sources: {list}", "Source: {list}"},
    {Ui::QuoteTranslated, "quote_translated", UiPlural::No,
     "Our translation of the English report by {outlet}"},
    {Ui::ResultsTitle, "results_title", UiPlural::No, "Your results"},
    {Ui::YouScored, "you_scored", UiPlural::No, "You scored"},
    {Ui::Score, "score", UiPlural::No, "{n} of {total}"},
    {Ui::NothingMissed, "nothing_missed", UiPlural::No, "Nothing missed."},
    {Ui::MissedHeading, "missed_heading", UiPlural::No, "The ones you missed"},
    {Ui::AllCorrect, "all_correct", UiPlural::No, "You answered every question correctly."},
    {Ui::PerfectScore, "perfect_score", UiPlural::No, "Perfect score!"},
    {Ui::WellDone, "well_done", UiPlural::No, "Well done!"},
    {Ui::GoodTry, "good_try", UiPlural::No, "Good try!"},
    {Ui::EveryQuestion, "every_question", UiPlural::No, "Every question teaches something."},
    {Ui::TryMissed, "try_missed", UiPlural::No, "Try the ones I missed"},
    {Ui::PlayAgain, "play_again", UiPlural::No, "Play again"},
    {Ui::DateAsReported, "date_as_reported", UiPlural::No, "date as reported"},
    {Ui::DateInferred, "date_inferred", UiPlural::No, "date inferred"},
    {Ui::DisplayButton, "display_button", UiPlural::No, "Aa"},
    {Ui::DisplayTitle, "display_title", UiPlural::No, "Text and display"},
    {Ui::LargeText, "large_text", UiPlural::No, "Larger text"},
    {Ui::HighContrast, "high_contrast", UiPlural::No, "High contrast"},
    {Ui::ReduceMotion, "reduce_motion", UiPlural::No, "Reduce motion"},
    {Ui::ReadAloud, "read_aloud", UiPlural::No, "Read aloud"},
    {Ui::SettingOn, "setting_on", UiPlural::No, "On"},
    {Ui::SettingOff, "setting_off", UiPlural::No, "Off"},
    {Ui::Done, "done", UiPlural::No, "Done"},
    {Ui::Listen, "listen", UiPlural::No, "Listen"},
    {Ui::LoadingTitle, "loading_title", UiPlural::No, "One moment\u2026"},
    {Ui::LoadingLine, "loading_line", UiPlural::No, "The kiosk is getting its content ready."},
    {Ui::UnavailableTitle, "unavailable_title", UiPlural::No, "Content unavailable"},
    {Ui::UnavailableLine, "unavailable_line", UiPlural::No,
     "This kiosk is being updated. Please come back in a little while."},
}};

const UiEntry& ui_entry(Ui id) { return kUiEntries[static_cast<std::size_t>(id)]; }

namespace {

struct BuiltIn {
  Ui id;
  std::string_view language;
  std::string_view text;
};

// The same words as interface.toml gives these keys, for when no file can be read.
constexpr BuiltIn kBuiltIn[] = {
    {Ui::LoadingTitle, "ru", "Минутку\u2026"},
    {Ui::LoadingLine, "ru", "Идёт подготовка материалов."},
    {Ui::UnavailableTitle, "ru", "Материалы недоступны"},
    {Ui::UnavailableLine, "ru", "Терминал обновляется. Пожалуйста, загляните чуть позже."},
    {Ui::LoadingTitle, "be", "Хвілінку\u2026"},
    {Ui::LoadingLine, "be", "Ідзе падрыхтоўка матэрыялаў."},
    {Ui::UnavailableTitle, "be", "Матэрыялы недаступныя"},
    {Ui::UnavailableLine, "be", "Тэрмінал абнаўляецца. Калі ласка, зазірніце крыху пазней."},
};

}  // namespace

std::string_view built_in_text(Ui id, std::string_view language) {
  for (const BuiltIn& b : kBuiltIn) {
    if (b.id == id && b.language == language) return b.text;
  }
  return ui_entry(id).english;
}

std::optional<Ui> ui_from_key(std::string_view key) {
  const auto found = std::find_if(kUiEntries.begin(), kUiEntries.end(),
                                  [&](const UiEntry& e) { return e.key == key; });
  if (found == kUiEntries.end()) return std::nullopt;
  return found->id;
}

}  // namespace kiosk
