// The full content model: what curators write (sources, entities, relations, facts, quotes,
// cards) and what the builder derives from it (disputes, independence, questions).
//
// The content tool parses the source into this model, generates questions into it, and the
// store writes it to the database; export reads it back. Text a visitor reads is per language.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/content.hpp"
#include "core/date.hpp"

namespace kiosk::model {

// Visitor text by language code ("en" -> "...").
using LocalText = std::map<std::string, std::string>;

// Where an item was written, for error messages.
struct Origin {
  std::string file;
  int line = 0;
};

struct DateValue {
  Date date;
  DateInference inference = DateInference::Stated;
  std::string reason;  // why an inferred date is believed
};

// A unit of numbers (kiosk.toml [unit.NAME]) with its forms by language and CLDR plural
// category: ru = { one = "час", few = "часа", many = "часов", other = "часа" }.
struct Unit {
  std::string name;
  std::map<std::string, std::map<std::string, std::string>> forms;  // language -> category -> form
  Origin origin;
};

struct Meta {
  LocalText title;
  LocalText subtitle;
  std::string content_version;
  std::vector<std::string> languages;
  std::string default_language = "en";
  std::string build_time;             // set by the builder, ISO 8601 UTC
  std::map<std::string, Unit> units;  // by name, as facts give it in `unit`
  Origin origin;                      // where `languages` is written
};

struct Source {
  std::string id;
  std::string file;
  std::string outlet;     // in the default language: how the content refers to it
  LocalText outlet_name;  // the outlet as each language names it (ТАСС); missing: `outlet`
  LocalText title;
  std::optional<DateValue> date;
  std::string rewrite_of;  // id of the source this one retells, or ""
  std::string rewrite_reason;
  Origin origin;
  LocalText label;  // derived by the builder: the credit line, "TASS, April 11, 2024"
};

enum class EntityKind { Person, Organisation, Place, Spacecraft, Event, Thing };

// The grammatical gender of a name, which the words that agree with it follow.
enum class Gender { Masculine, Feminine, Neuter, Plural };

// The cases a template may put a name in; the nominative is the name itself.
enum class GrammaticalCase { Nominative, Genitive, Dative, Accusative, Instrumental, Locative };

struct Entity {
  std::string id;
  EntityKind kind = EntityKind::Thing;
  LocalText name;
  std::vector<std::string> aliases;
  LocalText role;
  // Entities of one group are alike enough to stand in for each other as wrong answers
  // ("public figure", "space traveller", "city", "region"); "" for no group.
  std::string group;
  // How the name declines in languages that decline it: its gender in every language, or a
  // language's own where they differ (the CIS is neuter in Russian, feminine in Belarusian),
  // and its case forms per language (a case left out reads as the nominative, `name`).
  std::optional<Gender> gender;
  std::map<std::string, Gender> gender_in;
  std::map<std::string, std::map<GrammaticalCase, std::string>> forms;
  Origin origin;
};

enum class ValueKind { Entity, Date, Number };
enum class Cardinality { One, Many };

struct Relation {
  std::string id;
  EntityKind subject_kind = EntityKind::Thing;
  ValueKind value = ValueKind::Entity;
  std::optional<EntityKind> object_kind;
  Cardinality cardinality = Cardinality::Many;
  LocalText statement;    // "{subject} headed {object}."
  LocalText ask_subject;  // "Who headed {object}?"
  LocalText ask_value;    // "Which organisation did {subject} head?"
  Origin origin;
};

struct Evidence {
  std::string source;  // source id
  std::string words;   // distinctive words found in that document
  friend bool operator==(const Evidence&, const Evidence&) = default;
};

enum class FactStatus { Agreed, Disputed };

struct Fact {
  std::string id;
  std::string subject;   // entity id
  std::string relation;  // relation id
  std::string object;    // entity id when the relation's value is an entity
  std::optional<DateValue> date;
  std::optional<double> number;
  std::string unit;
  bool approximate = false;
  std::string qualifier;  // optional entity id completing the relation
  LocalText statement;    // overrides the relation's sentence when set
  std::vector<Evidence> sources;
  Origin origin;
  // Derived by the builder:
  FactStatus status = FactStatus::Agreed;
  int independent_sources = 0;
  std::vector<std::string> disputed_with;  // ids of the facts that contradict this one
  // Derived by the builder in each language it could make them whole in (the others are shown
  // in the default language): the fact as a sentence, and its value as shown.
  LocalText sentence;
  LocalText shown_value;
};

// Whether a quote may become a "who said this?" question.
enum class QuizUse {
  Asked,     // a fair question: its card shows the speaker, and nobody offered said the same
  NotAsked,  // shown with its speaker on a card, never asked (a contested account, say)
};

struct Quote {
  std::string id;
  std::string speaker;  // entity id of a person
  LocalText words;
  LocalText context;
  bool direct = true;             // false: a paraphrase in our words, backed by `evidence`
  std::vector<Evidence> sources;  // for direct quotes the evidence is the words themselves
  Origin origin;
  FactStatus status = FactStatus::Agreed;  // derived: disputed when sources word it differently
  QuizUse quiz = QuizUse::Asked;
  std::string quiz_reason;  // why a NotAsked quote is not asked
  // People who, as far as the content shows, said the same in substance: never offered as
  // the wrong answer to "who said this?".
  std::vector<std::string> shared_by;
  // The language of the report we hold (its `reported_in`); the words in any other language
  // are our translation of that report, and are shown as such.
  std::string reported_in = "en";
};

struct Card {
  std::string id;
  LocalText title;
  std::optional<DateValue> date;
  std::string place;  // entity id
  LocalText body;
  std::string quote;                // the key quote's id or ""
  std::vector<std::string> quotes;  // every quote the card shows or attributes, key quote included
  std::vector<std::string> sources;
  std::vector<std::string> facts;
  Origin origin;
  LocalText date_label;     // derived by the builder: "December 2022 (date inferred)"
  LocalText timeline_date;  // derived: the short date of the timeline, "Dec 2022"
  // Derived: the "sources differ" notes by language, in each language all of them are whole in.
  std::map<std::string, std::vector<std::string>> differences;
};

struct GeneratedChoice {
  LocalText text;
  bool correct = false;
  std::string entity;  // the entity the choice names, when it names one
};

// A curator's verdict on a question, as the build found it in review.toml.
enum class ReviewStatus { Unreviewed, Approved };

struct GeneratedQuestion {
  std::string id;
  QuestionKind kind = QuestionKind::Who;
  std::string fact;    // the fact it tests, or ""
  std::string quote;   // the quote it tests, or ""
  int difficulty = 2;  // 1 easy .. 3 hard
  LocalText prompt;
  LocalText explanation;
  std::vector<GeneratedChoice> choices;  // the correct one first, then the pool of wrong ones
  std::vector<std::string> sources;
  std::string card;  // the card a visitor can read the answer on
  ReviewStatus review = ReviewStatus::Unreviewed;
};

// The kiosk's own words in one language: key (kiosk/core/ui_text.hpp) -> plural form ("" for a
// text without a number; "one", "few", "many", "other" by CLDR category) -> text.
using UiTexts = std::map<std::string, std::map<std::string, std::string>>;

// The kiosk's own words and how each language counts, as interface.toml and ICU give them.
struct Interface {
  std::map<std::string, UiTexts> kiosk;  // language -> its words (the English from ui_text.cpp)
  std::map<std::string, std::map<std::string, std::string>> phrases;  // language -> key -> text
  // language -> the CLDR plural category of each count 0..kPluralCounts-1, so the kiosk can
  // pick "4 вопроса" / "5 вопросов" without ICU.
  std::map<std::string, std::vector<std::string>> plural_of_count;
  std::map<std::string, std::string> language_names;  // language -> its own name: "Русский"
  Origin origin;
};

// A curator's recording, stored in place of the speech the builder would render for one text
// (recordings.toml). The text is named by its item and field, since questions are generated
// and their exact wording in each language is known only once the content is built.
struct Recording {
  std::string card;      // the card's id, or ""
  std::string question;  // the question's id, or ""
  std::string field;     // card: title, date, body, quote, speaker; question: prompt, explanation
  std::string language;
  std::string audio;  // as written: a path relative to the content source ("recordings/x.opus")
  std::string path;   // where it was found
  Origin origin;
};

struct Content {
  Meta meta;
  Interface interface;
  std::vector<Source> sources;
  std::vector<Entity> entities;
  std::vector<Relation> relations;
  std::vector<Fact> facts;
  std::vector<Quote> quotes;
  std::vector<Card> cards;
  std::vector<GeneratedQuestion> questions;
  std::vector<Recording> recordings;
};

std::string_view entity_kind_name(EntityKind kind);
std::optional<EntityKind> entity_kind_from_name(std::string_view name);

// The text in `language`, falling back to `fallback` (the default language), then to any.
std::string text_in(const LocalText& text, const std::string& language,
                    const std::string& fallback = "en");

}  // namespace kiosk::model
