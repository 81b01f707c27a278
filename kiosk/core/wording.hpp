// How the content model reads aloud: names, labels, and sentences filled from templates.
//
// Shared by question generation and by the database writer, so a fact is worded the same on
// a card, in a question and in an explanation.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace kiosk::model {

// Lookups by id over a Content; built once, valid while the Content lives and is not resized.
class Index {
 public:
  explicit Index(const Content& content);

  const Source* source(const std::string& id) const;
  const Entity* entity(const std::string& id) const;
  const Relation* relation(const std::string& id) const;
  const Fact* fact(const std::string& id) const;
  const Quote* quote(const std::string& id) const;

 private:
  std::map<std::string, const Source*> sources_;
  std::map<std::string, const Entity*> entities_;
  std::map<std::string, const Relation*> relations_;
  std::map<std::string, const Fact*> facts_;
  std::map<std::string, const Quote*> quotes_;
};

// "April 6, 2024", "April 6, 2024 (year inferred)", "December 24, 2022 (date inferred)"; "" for
// none.
std::string date_label(const std::optional<DateValue>& date);

// "25", "2.5"; with the unit and "about" when approximate: "about 4 hours".
std::string number_label(double value, const std::string& unit, bool approximate);

// How a source is credited on screen: "TASS, April 11, 2024 (year inferred)".
std::string source_label(const Source& source);

// The entity's name in `lang` ("" if unknown).
std::string entity_name(const Index& index, const std::string& id, const std::string& lang);

// "Alexander Lukashenko, President of Belarus" (the review sheet names speakers so).
std::string speaker_label(const Entity& entity, const std::string& lang);

// A fact's value as shown: an entity's name, a date label or a number label.
std::string value_label(const Index& index, const Fact& fact, const std::string& lang);

// `pattern` with {subject}, {object}, {qualifier} and {value} replaced.
std::string fill(const std::string& pattern, const std::map<std::string, std::string>& values);

// The placeholders a fact fills in: subject, object, qualifier, value.
std::map<std::string, std::string> fact_slots(const Index& index, const Fact& fact,
                                              const std::string& lang);

// `pattern` filled with the fact's slots. Dates read naturally: "on April 6" for a day,
// "in September 2023" for a month, "December 24, 2022 (date inferred)" when wholly inferred; a year
// that was inferred is left out of the sentence (cards show it, marked as inferred).
std::string fill_fact(const std::string& pattern, const Index& index, const Fact& fact,
                      const std::string& lang);

// The fact as a sentence: its own statement, or its relation's template filled in.
std::string fact_statement(const Index& index, const Fact& fact, const std::string& lang);

// One version of a disputed fact, as a card shows it under "Sources differ".
struct DifferenceNote {
  const Fact* fact;  // the version
  std::string text;  // "Newsweek: Lukashenko gave Yuri Borisov salo."
};

// The notes of `card`: every version of each disputed fact it rests on, each once, the
// versions of one disagreement in id order.
std::vector<DifferenceNote> difference_notes(const Index& index, const Card& card,
                                             const std::string& lang);

}  // namespace kiosk::model
