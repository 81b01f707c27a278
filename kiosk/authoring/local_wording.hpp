// Visitor text the builder makes, one language at a time: sentences from relation templates with
// names in their cases and words in agreement, dates and numbers as ICU writes them, units in
// the plural the number takes, and the phrases of interface.toml. Each text is made whole or
// not at all, with what it lacks, so that an item is shown either in the visitor's language or
// whole in the default language, never mixed.
#pragma once

#include <string>

#include "authoring/grammar.hpp"
#include "authoring/phrases.hpp"
#include "core/model.hpp"
#include "core/wording.hpp"

namespace kiosk::authoring {

// Whether a label starts with a capital: a date label on its own ("Декабрь 2022 г.") does,
// inside a credit line ("TASS, декабрь 2022 г.") it does not.
enum class Capital { First, AsWritten };

class LocalWording {
 public:
  // `content` must outlive this and keep its items where they are.
  explicit LocalWording(const model::Content& content);

  const model::Index& index() const { return index_; }

  // The phrase `id` in `lang` with its placeholders filled. Lacks: the phrase in `lang`.
  Made phrase(Phrase id, const std::string& lang, const SlotFills& fills = {}) const;

  // The entity as a slot fills it: its name in `lang`, its case forms and its gender there.
  // Lacks: the name in `lang`.
  Made entity_name(const std::string& id, const std::string& lang) const;
  SlotFill entity_slot(const model::Entity& e, const std::string& lang) const;

  // A number with its unit in the plural form the number takes, "about" when approximate:
  // "about 4 hours", «около 4 часов» (the phrase may take the number in the genitive,
  // {number:gen}: see number_genitive). A unit kiosk.toml does not declare reads as written in
  // the default language ("1 metre" of "metres", as it always has) and lacks in any other.
  Made number(double value, const std::string& unit, bool approximate,
              const std::string& lang) const;

  // A date inside a sentence: "April 6, 2024"; without the year when the year was inferred
  // ("6 апреля"); "December 24, 2022 (date inferred)" when wholly inferred.
  Made date_in_sentence(const model::DateValue& date, const std::string& lang) const;

  // A date as a label: "April 6, 2024 (year inferred)", "Декабрь 2022 г. (дата по контексту)".
  Made date_label(const model::DateValue& date, const std::string& lang, Capital capital) const;

  // The short date of the timeline: "Dec 24, 2022", "24 дек. 2022 г.".
  std::string short_date(const Date& date, const std::string& lang) const;

  // A source's credit line: "TASS, April 11, 2024 (year inferred)", "DEA News, undated".
  Made source_label(const model::Source& source, const std::string& lang) const;

  // `pattern` (a relation's template, `what` in messages: "relation 'x' ask_value") in `lang`,
  // filled with the fact's subject, object, qualifier and value. A sentence that starts with an
  // event's name starts with a capital, as its answer does: events are named in lower case to
  // read inside sentences («заседание Высшего Государственного Совета ... состоялось ...»).
  Made fill_fact(const model::LocalText& pattern, const std::string& what, const model::Fact& f,
                 const std::string& lang) const;

  // The fact as a sentence: its own statement, or its relation's filled in.
  Made fact_sentence(const model::Fact& f, const std::string& lang) const;

  // The fact's value as shown: a name, a date label, a number.
  Made value_label(const model::Fact& f, const std::string& lang) const;

  // Answers start with a capital where the builder made them (a date, a number) or where a name
  // is written in lower case inside sentences (Russian events: «переговоры в Минске ...»).
  Made entity_answer(const model::Entity& e, const std::string& lang) const;
  Made date_answer(const model::DateValue& date, const std::string& lang) const;
  Made number_answer(double value, const model::Fact& f, const std::string& lang) const;

  // One version of a disputed fact as a card shows it: "Beta Weekly and Gamma Digest: ...".
  Made difference_note(const model::Fact& version, const std::string& lang) const;

 private:
  // Whether `pattern` starts with a slot that `f` fills with an event.
  bool starts_with_event(const std::string& pattern, const model::Fact& f) const;
  // The number and its unit in the genitive, as «около» and «каля» take them: the genitive
  // plural (the unit's 'many' form) after a number that counts with 'few' or 'many' («около 2
  // недель»), else the genitive singular (the form after a fraction, 'other': «около 21
  // недели», «около 2,5 часа»), and exactly one is the unit alone («около недели»). "" when the
  // unit lacks either form in `lang` (the phrase then reads the nominative).
  std::string number_genitive(double value, const std::string& unit, const std::string& lang) const;
  Made unit_form(double value, const std::string& unit, const std::string& lang) const;

  const model::Content& c_;
  model::Index index_;
};

// `text` with its first letter a capital in `lang` ("About 4 hours", «Примерно 4 часа»).
std::string answer_label(const std::string& text, const std::string& lang);

}  // namespace kiosk::authoring
