// Names, labels and template filling for the content model.
#include "core/wording.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace kiosk::model {
namespace {

template <typename T>
void index_all(const std::vector<T>& items, std::map<std::string, const T*>& out) {
  for (const T& item : items) out.emplace(item.id, &item);
}

template <typename T>
const T* find(const std::map<std::string, const T*>& items, const std::string& id) {
  const auto it = items.find(id);
  return it == items.end() ? nullptr : it->second;
}

}  // namespace

Index::Index(const Content& content) {
  index_all(content.sources, sources_);
  index_all(content.entities, entities_);
  index_all(content.relations, relations_);
  index_all(content.facts, facts_);
  index_all(content.quotes, quotes_);
}

const Source* Index::source(const std::string& id) const { return find(sources_, id); }
const Entity* Index::entity(const std::string& id) const { return find(entities_, id); }
const Relation* Index::relation(const std::string& id) const { return find(relations_, id); }
const Fact* Index::fact(const std::string& id) const { return find(facts_, id); }
const Quote* Index::quote(const std::string& id) const { return find(quotes_, id); }

std::string date_label(const std::optional<DateValue>& date) {
  return date ? format_date_label(date->date, date->inference) : std::string();
}

std::string number_label(double value, const std::string& unit, bool approximate) {
  char digits[32];
  if (std::fabs(value - std::round(value)) < 1e-9) {
    std::snprintf(digits, sizeof digits, "%.0f", value);
  } else {
    std::snprintf(digits, sizeof digits, "%g", value);
  }
  std::string label = approximate ? std::string("about ") + digits : std::string(digits);
  // "1 hours" reads wrong; units are written in the plural.
  const bool one = std::fabs(value - 1.0) < 1e-9;
  if (!unit.empty())
    label += " " + (one && unit.size() > 1 && unit.back() == 's' ? unit.substr(0, unit.size() - 1)
                                                                 : unit);
  return label;
}

std::string source_label(const Source& source) {
  const std::string when = date_label(source.date);
  // A document with no date says so, rather than look dated by omission.
  return source.outlet + ", " + (when.empty() ? std::string("undated") : when);
}

std::string entity_name(const Index& index, const std::string& id, const std::string& lang) {
  const Entity* e = index.entity(id);
  return e == nullptr ? std::string() : text_in(e->name, lang);
}

std::string speaker_label(const Entity& entity, const std::string& lang) {
  const std::string role = text_in(entity.role, lang);
  const std::string name = text_in(entity.name, lang);
  return role.empty() ? name : name + ", " + role;
}

std::string value_label(const Index& index, const Fact& fact, const std::string& lang) {
  if (!fact.object.empty()) return entity_name(index, fact.object, lang);
  if (fact.date) return date_label(fact.date);
  if (fact.number) return number_label(*fact.number, fact.unit, fact.approximate);
  return {};
}

std::string fill(const std::string& pattern, const std::map<std::string, std::string>& values) {
  std::string out;
  std::size_t pos = 0;
  while (pos < pattern.size()) {
    const std::size_t open = pattern.find('{', pos);
    const std::size_t close = open == std::string::npos ? open : pattern.find('}', open);
    if (close == std::string::npos) {
      out += pattern.substr(pos);
      break;
    }
    out += pattern.substr(pos, open - pos);
    const auto it = values.find(pattern.substr(open + 1, close - open - 1));
    out += it == values.end() ? pattern.substr(open, close - open + 1) : it->second;
    pos = close + 1;
  }
  return out;
}

namespace {

std::string date_in_sentence(const DateValue& d) {
  switch (d.inference) {
    case DateInference::Stated: return format_date(d.date);
    case DateInference::YearInferred: return format_date_without_year(d.date);
    case DateInference::WhollyInferred: return format_date(d.date) + " (date inferred)";
  }
  return format_date(d.date);
}

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (std::size_t p = 0; (p = text.find(from, p)) != std::string::npos; p += to.size()) {
    text.replace(p, from.size(), to);
  }
}

}  // namespace

std::map<std::string, std::string> fact_slots(const Index& index, const Fact& fact,
                                              const std::string& lang) {
  std::map<std::string, std::string> slots{
      {"subject", entity_name(index, fact.subject, lang)},
      {"value", fact.date ? date_in_sentence(*fact.date) : value_label(index, fact, lang)},
  };
  slots["object"] = fact.object.empty() ? slots["value"] : entity_name(index, fact.object, lang);
  if (!fact.qualifier.empty()) slots["qualifier"] = entity_name(index, fact.qualifier, lang);
  return slots;
}

std::string fill_fact(const std::string& pattern, const Index& index, const Fact& fact,
                      const std::string& lang) {
  std::string p = pattern;
  if (fact.date && fact.date->inference == DateInference::WhollyInferred) {
    replace_all(p, "on {value}", "{value}");
  } else if (fact.date && fact.date->date.precision != DatePrecision::Day) {
    replace_all(p, "on {value}", "in {value}");
  }
  return fill(p, fact_slots(index, fact, lang));
}

std::string fact_statement(const Index& index, const Fact& fact, const std::string& lang) {
  if (!fact.statement.empty()) return text_in(fact.statement, lang);
  const Relation* relation = index.relation(fact.relation);
  if (relation == nullptr) return {};
  return fill_fact(text_in(relation->statement, lang), index, fact, lang);
}

std::vector<DifferenceNote> difference_notes(const Index& index, const Card& card,
                                             const std::string& lang) {
  std::vector<DifferenceNote> notes;
  std::set<std::string> done;
  for (const std::string& id : card.facts) {
    const Fact* fact = index.fact(id);
    if (fact == nullptr || fact->status != FactStatus::Disputed) continue;
    std::vector<std::string> group{fact->id};
    group.insert(group.end(), fact->disputed_with.begin(), fact->disputed_with.end());
    std::sort(group.begin(), group.end());
    for (const std::string& version : group) {
      if (!done.insert(version).second) continue;
      const Fact* f = index.fact(version);
      if (f == nullptr) continue;
      std::string outlets;
      for (const auto& e : f->sources) {
        const Source* s = index.source(e.source);
        if (s != nullptr) outlets += (outlets.empty() ? "" : " and ") + s->outlet;
      }
      notes.push_back({f, outlets + ": " + fact_statement(index, *f, lang)});
    }
  }
  return notes;
}

}  // namespace kiosk::model
