// Visitor text in one language at a time, whole or with what it lacks.
#include "authoring/local_wording.hpp"

#include <cmath>

#include "authoring/locale_format.hpp"
#include "authoring/locale_rules.hpp"

namespace kiosk::authoring {
namespace {

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (std::size_t p = 0; (p = text.find(from, p)) != std::string::npos; p += to.size()) {
    text.replace(p, from.size(), to);
  }
}

// How a unit the content does not declare has always read in English: "1 metre" of "metres".
std::string unit_as_written(double value, const std::string& unit) {
  const bool one = std::fabs(value - 1.0) < 1e-9;
  return one && unit.size() > 1 && unit.back() == 's' ? unit.substr(0, unit.size() - 1) : unit;
}

}  // namespace

std::string answer_label(const std::string& text, const std::string& lang) {
  return capitalise_first(text, lang);
}

LocalWording::LocalWording(const model::Content& content) : c_(content), index_(content) {}

Made LocalWording::phrase(Phrase id, const std::string& lang, const SlotFills& fills) const {
  const std::string* text = phrase_text(c_.interface, id, lang);
  if (text == nullptr) {
    return Made::lacking("[phrases." + lang + "] has no '" + std::string(phrase_entry(id).key) +
                         "'");
  }
  return fill_template(*text, fills, lang);
}

SlotFill LocalWording::entity_slot(const model::Entity& e, const std::string& lang) const {
  SlotFill fill{model::text_in(e.name, lang), {}, e.gender, "entity '" + e.id + "'"};
  if (const auto forms = e.forms.find(lang); forms != e.forms.end()) fill.forms = forms->second;
  if (const auto gender = e.gender_in.find(lang); gender != e.gender_in.end()) {
    fill.gender = gender->second;
  }
  return fill;
}

Made LocalWording::entity_name(const std::string& id, const std::string& lang) const {
  const model::Entity* e = index_.entity(id);
  if (e == nullptr) return Made::lacking("no entity '" + id + "'");
  const auto name = e->name.find(lang);
  if (name == e->name.end())
    return Made::lacking("entity '" + id + "' has no name in '" + lang + "'");
  return Made::of(name->second);
}

Made LocalWording::unit_form(double value, const std::string& unit, const std::string& lang) const {
  const auto declared = c_.meta.units.find(unit);
  if (declared == c_.meta.units.end()) {
    if (lang == c_.meta.default_language) return Made::of(unit_as_written(value, unit));
    return Made::lacking("unit '" + unit + "' has no forms in '" + lang + "' (kiosk.toml [unit." +
                         unit + "])");
  }
  const auto forms = declared->second.forms.find(lang);
  if (forms == declared->second.forms.end()) {
    return Made::lacking("unit '" + unit + "' has no forms in '" + lang + "'");
  }
  auto form = forms->second.find(plural_category(lang, value));
  if (form == forms->second.end()) form = forms->second.find("other");
  if (form == forms->second.end()) {
    return Made::lacking("unit '" + unit + "' has no plural form 'other' in '" + lang + "'");
  }
  return Made::of(form->second);
}

std::string LocalWording::number_genitive(double value, const std::string& unit,
                                          const std::string& lang) const {
  std::string numeral = format_number_in(lang, value);
  if (unit.empty()) return numeral;
  const auto declared = c_.meta.units.find(unit);
  if (declared == c_.meta.units.end()) return {};
  const auto forms = declared->second.forms.find(lang);
  if (forms == declared->second.forms.end()) return {};
  const auto plural = forms->second.find("many");
  const auto singular = forms->second.find("other");
  if (plural == forms->second.end() || singular == forms->second.end()) return {};
  if (std::fabs(value - 1.0) < 1e-9) return singular->second;
  const std::string category = plural_category(lang, value);
  const bool counted_plural = category == "few" || category == "many";
  return numeral + " " + (counted_plural ? plural->second : singular->second);
}

Made LocalWording::number(double value, const std::string& unit, bool approximate,
                          const std::string& lang) const {
  std::string text = format_number_in(lang, value);
  if (!unit.empty()) {
    Made form = unit_form(value, unit, lang);
    if (!form.text) return form;
    text += " " + *form.text;
  }
  if (!approximate) return Made::of(std::move(text));
  SlotFill fill = plain_slot(text);
  if (std::string genitive = number_genitive(value, unit, lang); !genitive.empty()) {
    fill.forms[model::GrammaticalCase::Genitive] = std::move(genitive);
  }
  return phrase(Phrase::Approximately, lang, {{"number", fill}});
}

Made LocalWording::date_in_sentence(const model::DateValue& date, const std::string& lang) const {
  switch (date.inference) {
    case DateInference::Stated: return Made::of(format_date_in(lang, date.date, DateStyle::Full));
    case DateInference::YearInferred:
      return Made::of(format_date_in(lang, date.date, DateStyle::WithoutYear));
    case DateInference::WhollyInferred:
      return phrase(Phrase::DateInferred, lang,
                    {{"date", plain_slot(format_date_in(lang, date.date, DateStyle::Full))}});
  }
  return Made::of(format_date_in(lang, date.date, DateStyle::Full));
}

Made LocalWording::date_label(const model::DateValue& date, const std::string& lang,
                              Capital capital) const {
  std::string text = format_date_in(lang, date.date, DateStyle::Full);
  if (capital == Capital::First) text = capitalise_first(text, lang);
  switch (date.inference) {
    case DateInference::Stated: return Made::of(std::move(text));
    case DateInference::YearInferred:
      return phrase(Phrase::YearInferred, lang, {{"date", plain_slot(text)}});
    case DateInference::WhollyInferred:
      return phrase(Phrase::DateInferred, lang, {{"date", plain_slot(text)}});
  }
  return Made::of(std::move(text));
}

std::string LocalWording::short_date(const Date& date, const std::string& lang) const {
  return capitalise_first(format_date_in(lang, date, DateStyle::Short), lang);
}

namespace {

// The outlet as `lang` names it, or as the content names it by default.
std::string outlet_in(const model::Source& source, const std::string& lang) {
  const auto named = source.outlet_name.find(lang);
  return named != source.outlet_name.end() ? named->second : source.outlet;
}

}  // namespace

Made LocalWording::source_label(const model::Source& source, const std::string& lang) const {
  // A document with no date says so, rather than look dated by omission.
  Made when = source.date ? date_label(*source.date, lang, Capital::AsWritten)
                          : phrase(Phrase::Undated, lang);
  if (!when.text) return when;
  return phrase(
      Phrase::SourceLabel, lang,
      {{"outlet", plain_slot(outlet_in(source, lang))}, {"date", plain_slot(*when.text)}});
}

bool LocalWording::starts_with_event(const std::string& pattern, const model::Fact& f) const {
  if (!pattern.starts_with('{')) return false;
  const std::string slot = pattern.substr(1, pattern.find_first_of(":|}") - 1);
  const std::string* id = slot == "subject"     ? &f.subject
                          : slot == "object"    ? &f.object
                          : slot == "qualifier" ? &f.qualifier
                                                : nullptr;
  const model::Entity* e = id != nullptr ? index_.entity(*id) : nullptr;
  return e != nullptr && e->kind == model::EntityKind::Event;
}

Made LocalWording::fill_fact(const model::LocalText& pattern, const std::string& what,
                             const model::Fact& f, const std::string& lang) const {
  const auto written = pattern.find(lang);
  if (written == pattern.end()) return Made::lacking(what + " has no text in '" + lang + "'");
  std::string p = written->second;
  // English templates say "on {value}", which reads "in September 2023" for a month and drops
  // the "on" before "December 24, 2022 (date inferred)".
  if (f.date && f.date->inference == DateInference::WhollyInferred) {
    replace_all(p, "on {value}", "{value}");
  } else if (f.date && f.date->date.precision != DatePrecision::Day) {
    replace_all(p, "on {value}", "in {value}");
  }
  SlotFills slots;
  for (const auto& [slot, id] : {std::pair{"subject", &f.subject}, std::pair{"object", &f.object},
                                 std::pair{"qualifier", &f.qualifier}}) {
    if (id->empty()) continue;
    Made name = entity_name(*id, lang);
    if (!name.text) return name;
    slots[slot] = entity_slot(*index_.entity(*id), lang);
  }
  Made value = f.date ? date_in_sentence(*f.date, lang) : value_label(f, lang);
  if (!value.text) return value;
  slots["value"] = plain_slot(*value.text);
  if (f.object.empty()) slots["object"] = slots["value"];
  Made made = fill_template(p, slots, lang);
  if (made.text && starts_with_event(p, f)) *made.text = capitalise_first(*made.text, lang);
  return made;
}

Made LocalWording::fact_sentence(const model::Fact& f, const std::string& lang) const {
  if (!f.statement.empty()) {
    const auto own = f.statement.find(lang);
    if (own == f.statement.end()) {
      return Made::lacking("fact '" + f.id + "' has no statement in '" + lang + "'");
    }
    return Made::of(own->second);
  }
  const model::Relation* relation = index_.relation(f.relation);
  if (relation == nullptr) return Made::lacking("no relation '" + f.relation + "'");
  return fill_fact(relation->statement, "relation '" + relation->id + "' statement", f, lang);
}

Made LocalWording::value_label(const model::Fact& f, const std::string& lang) const {
  if (!f.object.empty()) return entity_name(f.object, lang);
  if (f.date) return date_label(*f.date, lang, Capital::First);
  if (f.number) return number(*f.number, f.unit, f.approximate, lang);
  return Made::of({});
}

Made LocalWording::entity_answer(const model::Entity& e, const std::string& lang) const {
  Made name = entity_name(e.id, lang);
  if (name.text && e.kind == model::EntityKind::Event) *name.text = answer_label(*name.text, lang);
  return name;
}

Made LocalWording::date_answer(const model::DateValue& date, const std::string& lang) const {
  // Without the year when the year was inferred, so no question asks a visitor to confirm a
  // curator's inference.
  const DateStyle style =
      date.inference == DateInference::YearInferred ? DateStyle::WithoutYear : DateStyle::Full;
  // "When?" is answered "In September 2023" where the language can say so («В сентябре 2023
  // года»), not with the month's bare name.
  if (const auto in_month = month_when(lang, date.date, style)) {
    return Made::of(answer_label(*in_month, lang));
  }
  return Made::of(answer_label(format_date_in(lang, date.date, style), lang));
}

Made LocalWording::number_answer(double value, const model::Fact& f,
                                 const std::string& lang) const {
  Made text = number(value, f.unit, f.approximate, lang);
  if (text.text) *text.text = answer_label(*text.text, lang);
  return text;
}

Made LocalWording::difference_note(const model::Fact& version, const std::string& lang) const {
  std::string outlets;
  for (const model::Evidence& e : version.sources) {
    const model::Source* s = index_.source(e.source);
    if (s == nullptr) continue;
    if (outlets.empty()) {
      outlets = outlet_in(*s, lang);
      continue;
    }
    Made more = phrase(Phrase::ListAnd, lang,
                       {{"list", plain_slot(outlets)}, {"item", plain_slot(outlet_in(*s, lang))}});
    if (!more.text) return more;
    outlets = *more.text;
  }
  Made sentence = fact_sentence(version, lang);
  if (!sentence.text) return sentence;
  return phrase(Phrase::DifferenceNote, lang,
                {{"outlets", plain_slot(outlets)}, {"statement", plain_slot(*sentence.text)}});
}

}  // namespace kiosk::authoring
