// The content a visitor sees, as the kiosk reads it: cards, questions and highlights.
//
// ContentLibrary is the seam between the core and storage. The SQLite store implements it for
// the kiosk; MemoryLibrary implements it for tests. Items are fetched one at a time by index,
// so a library of any size costs only what is on screen.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/speech.hpp"

namespace kiosk {

enum class QuestionKind { Who, What, When, Where, HowMany, WhoSaid, TrueFalse };

// The stable name of a kind, as stored in the database and exported: "who", "how_many", ...
std::string_view kind_name(QuestionKind kind);
std::optional<QuestionKind> kind_from_name(std::string_view name);

struct Choice {
  std::string text;
  bool correct = false;
  friend bool operator==(const Choice&, const Choice&) = default;
};

struct Question {
  std::int64_t id = 0;
  std::string key;  // stable across builds, e.g. "who:borisov-heads-roscosmos:subject"
  QuestionKind kind = QuestionKind::Who;
  std::string prompt;
  std::string explanation;
  std::vector<std::string> sources;  // display labels, e.g. "TASS, April 11, 2024"
  std::vector<Choice> choices;       // the correct answer and the whole pool of wrong ones
  int card = -1;                     // index of the card it rests on (timeline order); -1 for none
  int difficulty = 2;                // 1 easy .. 3 hard, as the builder estimated it
  std::string topic;      // the fact or quote it tests: a round never asks one topic twice
  bool approved = false;  // a curator read and approved it as it is worded
  friend bool operator==(const Question&, const Question&) = default;
};

struct CardQuote {
  std::string words;
  std::string speaker;  // "Alexander Lukashenko, President of Belarus"
  // When the words are our translation of a report in another language: the outlet whose
  // report it is, as the language names it ("ТАСС"), so the card can say so. "" when the words
  // are as reported.
  std::string translated_report;
  friend bool operator==(const CardQuote&, const CardQuote&) = default;
};

struct Card {
  std::string key;
  std::string title;
  std::string date_label;  // already formatted, says when a date was inferred
  std::string place;
  std::string body;  // paragraphs separated by blank lines
  std::optional<CardQuote> quote;
  std::vector<std::string> sources;      // display labels
  std::vector<std::string> differences;  // "Newsweek: salo. DEA News: oil." one per disputed fact
  std::optional<Date> date;              // for placing the card on a timeline; nullopt when unknown
  DateInference date_inference = DateInference::Stated;
  std::string timeline_date;  // short, for the timeline ("Dec 2022"); "" = made from `date`
  friend bool operator==(const Card&, const Card&) = default;
};

struct ContentMeta {
  std::string title;
  std::string subtitle;
  std::string content_version;
  std::string build_time;
  std::string language;          // the language being shown
  std::string default_language;  // the file's default; "" = `language` as first shown
  friend bool operator==(const ContentMeta&, const ContentMeta&) = default;
};

// A language the content is written in, as its button names it.
struct LanguageChoice {
  std::string code;  // "be"
  std::string name;  // its own name: "Беларуская"
  friend bool operator==(const LanguageChoice&, const LanguageChoice&) = default;
};

// One of the kiosk's own texts in one language (see core/ui_text.hpp).
struct UiRow {
  std::string key;   // "quiz_note"
  std::string form;  // "" or a CLDR plural category: "one", "few", "many", "other"
  std::string value;
};

class ContentLibrary {
 public:
  virtual ~ContentLibrary() = default;

  // The languages the content offers, in the order of their buttons (the default among them).
  virtual std::vector<LanguageChoice> languages() const = 0;
  // Shows every text that follows in `code` (each item falling back to the default language
  // where it has no text in `code`); meta().language says which. An unknown code is ignored.
  virtual void set_language(const std::string& code) = 0;
  // The kiosk's own texts in `code`, as the file holds them (possibly none).
  virtual std::vector<UiRow> ui_rows(const std::string& code) const = 0;
  // The CLDR plural category of each count 0, 1, 2, ... in `code` ("one", "few", ...); empty
  // when the file does not say.
  virtual std::vector<std::string> plural_forms(const std::string& code) const = 0;

  virtual const ContentMeta& meta() const = 0;
  virtual int card_count() const = 0;
  virtual int question_count() const = 0;
  virtual int highlight_count() const = 0;
  // How many of the questions a curator approved as they are worded.
  virtual int approved_question_count() const = 0;

  // Item `index` (0-based, cards in timeline order). nullopt when it cannot be read (a file
  // damaged after it was checked): the caller treats that as content lost, never crashes.
  virtual std::optional<Card> card(int index) const = 0;
  virtual std::optional<Question> question(int index) const = 0;
  virtual std::optional<std::string> highlight(int index) const = 0;
  // Indices of the questions that rest on card `index`, in id order; empty when there are
  // none or they cannot be read.
  virtual std::vector<int> questions_of_card(int index) const = 0;

  // The spoken clip of `text` in `language` (see core/speech.hpp); nullopt when the file has
  // none (built without a speech engine, or a text never spoken). Loaded when asked for, never
  // all at once. The default: content without speech.
  virtual std::optional<SpeechClip> speech(const std::string& language,
                                           const std::string& text) const {
    (void)language;
    (void)text;
    return std::nullopt;
  }
  // Whether `text` has a clip in `language`, without loading it: asked of every screen shown,
  // so deciding whether Listen shows costs an index lookup, not a clip's bytes.
  virtual bool speaks(const std::string& language, const std::string& text) const {
    (void)language;
    (void)text;
    return false;
  }
};

// Content held in memory: for tests, and for tools that build content in memory.
class MemoryLibrary final : public ContentLibrary {
 public:
  MemoryLibrary(ContentMeta meta, std::vector<Card> cards, std::vector<Question> questions,
                std::vector<std::string> highlights);

  const ContentMeta& meta() const override { return meta_; }
  int card_count() const override { return static_cast<int>(cards_.size()); }
  int question_count() const override { return static_cast<int>(questions_.size()); }
  int highlight_count() const override { return static_cast<int>(highlights_.size()); }
  int approved_question_count() const override;
  std::optional<Card> card(int index) const override;
  std::optional<Question> question(int index) const override;
  std::optional<std::string> highlight(int index) const override;
  std::vector<int> questions_of_card(int index) const override;
  // One language (meta.language, or "en"), named by its code, with no texts of its own.
  std::vector<LanguageChoice> languages() const override;
  void set_language(const std::string& code) override;
  std::vector<UiRow> ui_rows(const std::string& code) const override;
  std::vector<std::string> plural_forms(const std::string& code) const override;

  // Offers `languages` (the first is the default) with their interface texts and plural
  // tables, for tests.
  void add_languages(std::vector<LanguageChoice> languages,
                     std::map<std::string, std::vector<UiRow>> ui,
                     std::map<std::string, std::vector<std::string>> plurals = {});
  // Gives `text` in `language` the spoken `clip`, for tests.
  void add_speech(const std::string& language, const std::string& text, SpeechClip clip);
  std::optional<SpeechClip> speech(const std::string& language,
                                   const std::string& text) const override;
  bool speaks(const std::string& language, const std::string& text) const override;
  // How many clips speech() has handed out, so tests can see what was loaded.
  int clips_loaded() const { return clips_loaded_; }

 private:
  ContentMeta meta_;
  std::vector<LanguageChoice> languages_;
  std::map<std::string, std::vector<UiRow>> ui_;
  std::map<std::string, std::vector<std::string>> plurals_;
  std::vector<Card> cards_;
  std::vector<Question> questions_;
  std::vector<std::string> highlights_;
  std::map<std::pair<std::string, std::string>, SpeechClip> speech_;  // by language and text
  mutable int clips_loaded_ = 0;
};

}  // namespace kiosk
