// The limits a content database must keep, in one place: the database check (kiosk/store)
// enforces them, and the content source's validation (kiosk/authoring) checks them first, so a
// curator hears of an over-long name with its file and line instead of an internal error.
#pragma once

namespace kiosk::limits {

// Required: never NULL and never empty. Optional: NULL (or, where NULL is not allowed, "")
// when there is none.
enum class Presence { Required, Optional };

// A column of text a visitor may read, and the most characters (Unicode code points) it holds.
struct TextLimit {
  const char* table;
  const char* column;
  int max_chars;
  Presence presence;
};

// meta_text holds the title and subtitle; meta the settings (content version, languages, ...).
inline constexpr TextLimit kMetaText{"meta_text", "value", 300, Presence::Required};
inline constexpr TextLimit kSetting{"meta", "value", 1000, Presence::Required};
inline constexpr TextLimit kSourceTitle{"source_text", "title", 300, Presence::Required};
inline constexpr TextLimit kSourceLabel{"source_text", "label", 300, Presence::Required};
inline constexpr TextLimit kEntityName{"entity_text", "name", 200, Presence::Required};
inline constexpr TextLimit kEntityRole{"entity_text", "role", 300, Presence::Optional};
inline constexpr TextLimit kFactStatement{"fact_text", "statement", 1000, Presence::Required};
inline constexpr TextLimit kFactValueLabel{"fact_text", "value_label", 200, Presence::Required};
inline constexpr TextLimit kQuoteWords{"quote_text", "words", 2000, Presence::Required};
inline constexpr TextLimit kQuoteContext{"quote_text", "context", 500, Presence::Optional};
inline constexpr TextLimit kCardTitle{"card_text", "title", 300, Presence::Required};
inline constexpr TextLimit kCardDateLabel{"card_text", "date_label", 100, Presence::Required};
inline constexpr TextLimit kCardPlaceLabel{"card_text", "place_label", 200, Presence::Optional};
inline constexpr TextLimit kCardBody{"card_text", "body", 10000, Presence::Required};
inline constexpr TextLimit kCardDifference{"card_difference", "note", 1000, Presence::Required};
inline constexpr TextLimit kQuestionPrompt{"question_text", "prompt", 600, Presence::Required};
inline constexpr TextLimit kQuestionExplanation{"question_text", "explanation", 1500,
                                                Presence::Required};
inline constexpr TextLimit kChoiceText{"choice_text", "text", 300, Presence::Required};

// Answers to a question: exactly one right, at least one wrong, at most kMaxChoices in all;
// a true-or-false question has exactly kTrueFalseChoices.
inline constexpr int kMaxChoices = 16;
inline constexpr int kTrueFalseChoices = 2;

// The longest string, and the longest row, a database is read with (SQLite's
// SQLITE_LIMIT_LENGTH when a file is opened as untrusted input), in bytes.
inline constexpr int kMaxStoredBytes = 4'000'000;

// The longest single string a content source may hold, in bytes: small enough that a row of
// several of them stays under kMaxStoredBytes (no table stores more than five such strings in
// a row).
inline constexpr int kMaxSourceStringBytes = kMaxStoredBytes / 8;

}  // namespace kiosk::limits
