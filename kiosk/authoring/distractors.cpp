// Building pools of wrong answers and proving them false against the content.
#include "authoring/distractors.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

#include "authoring/generate.hpp"

namespace kiosk::authoring {
namespace {

std::vector<std::string> all_names(const model::Entity& e) {
  std::vector<std::string> names = e.aliases;
  for (const auto& [lang, name] : e.name) names.push_back(name);
  return names;
}

bool same_thing(const model::Entity& a, const model::Entity& b) {
  if (a.id == b.id) return true;
  for (const std::string& x : all_names(a)) {
    for (const std::string& y : all_names(b)) {
      if (comparable_name(x) == comparable_name(y)) return true;
    }
  }
  return false;
}

}  // namespace

std::uint64_t stable_hash(const std::string& text) {
  std::uint64_t h = 1469598103934665603ULL;
  for (const char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

std::string value_key(const model::Fact& f) {
  if (!f.object.empty()) return f.object;
  if (f.date) return "date:" + to_iso(f.date->date);
  if (f.number) return "number:" + model::number_label(*f.number, "", false);
  return {};
}

Truths::Truths(const model::Content& content) {
  for (const auto& f : content.facts) facts_.push_back(&f);
  for (const auto& q : content.quotes) speakers_.insert(q.speaker);
}

bool Truths::holds(const std::string& subject, const std::string& relation,
                   const std::string& value) const {
  return std::any_of(facts_.begin(), facts_.end(), [&](const model::Fact* f) {
    return f->subject == subject && f->relation == relation && value_key(*f) == value;
  });
}

bool Truths::linked(const std::string& a, const std::string& b) const {
  return std::any_of(facts_.begin(), facts_.end(), [&](const model::Fact* f) {
    const std::set<std::string> ends{f->subject, f->object, f->qualifier};
    return ends.contains(a) && ends.contains(b);
  });
}

bool Truths::takes_part(const std::string& entity, const std::string& relation) const {
  if (relation == kSaid) return speakers_.contains(entity);
  return std::any_of(facts_.begin(), facts_.end(), [&](const model::Fact* f) {
    return f->relation == relation && (f->subject == entity || f->object == entity);
  });
}

std::vector<const model::Entity*> wrong_entities(
    const model::Content& content, const model::Entity& answer, model::EntityKind kind,
    const std::string& relation, const std::string& seed,
    const std::function<bool(const model::Entity&)>& excluded, const Truths& truths) {
  std::vector<std::pair<std::uint64_t, const model::Entity*>> ranked;
  for (const model::Entity& e : content.entities) {
    if (e.kind != kind || same_thing(e, answer) || excluded(e)) continue;
    // A herder is no wrong answer to "who said" a president's words: stay within the group.
    if (!answer.group.empty() && e.group != answer.group) continue;
    // Entities that play the same part elsewhere are the best lures; then a stable shuffle.
    const std::uint64_t lure = truths.takes_part(e.id, relation) ? 0 : 1;
    ranked.push_back({(lure << 62) | (stable_hash(seed + e.id) >> 2), &e});
  }
  std::sort(ranked.begin(), ranked.end());
  // Things and events are too varied to mix: a gift is no answer to "what was discussed", so
  // for them only entities that play the same part elsewhere are offered.
  const bool lures_only = kind == model::EntityKind::Thing || kind == model::EntityKind::Event;
  std::vector<const model::Entity*> out;
  for (const auto& ranked_entity : ranked) {
    const std::uint64_t rank = ranked_entity.first;
    const model::Entity* e = ranked_entity.second;  // (a plain name: clang 14 cannot capture bindings)
    const bool lure = (rank >> 62) == 0;
    if (!lure && (lures_only || static_cast<int>(out.size()) >= kTopUpTo)) break;
    const bool twin = std::any_of(out.begin(), out.end(), [&](const model::Entity* o) {
      return same_thing(*o, *e);
    });
    if (!twin) out.push_back(e);
    if (static_cast<int>(out.size()) == kMaxWrongAnswers) break;
  }
  return out;
}

std::vector<WrongValue> wrong_dates(const model::Content& /*content*/, const model::Fact& fact,
                                    const Truths& truths, std::string (*format)(const Date&)) {
  // Nearby days of the same month: a prompt often names the month ("the January 2024
  // session"), so a date from another month would give the answer away. Never the day before
  // or after, which a multi-day event may include.
  const Date right = fact.date->date;
  std::vector<Date> candidates;
  if (right.precision == DatePrecision::Day) {
    const long day = days_since_epoch(right);
    for (const long shift : {-3L, 3L, -5L, 5L, -7L, 7L, -2L, 2L, -10L, 10L, -14L, 14L}) {
      const Date d = date_from_days(day + shift);
      if (d.month == right.month) candidates.push_back(d);
    }
  } else if (right.precision == DatePrecision::Month) {
    for (const int shift : {-1, 1, -2, 2, -3, 3}) {
      const int m = right.year * 12 + (right.month - 1) + shift;
      candidates.push_back(Date{m / 12, m % 12 + 1, 0, DatePrecision::Month});
    }
  } else {
    for (const int shift : {-1, 1, -2, 2, -3, 3}) {
      candidates.push_back(Date{right.year + shift, 0, 0, DatePrecision::Year});
    }
  }
  std::vector<WrongValue> out;
  std::set<std::string> labels{format(right)};
  for (const Date& d : candidates) {
    const std::string key = "date:" + to_iso(d);
    if (truths.holds(fact.subject, fact.relation, key)) continue;
    if (!labels.insert(format(d)).second) continue;
    out.push_back({format(d), key});
    if (static_cast<int>(out.size()) == kMaxWrongAnswers) break;
  }
  return out;
}

namespace {

// Numbers a person might believe instead of `right`: near it for small exact counts, then
// halves, doubles and the like, rounded the way the right one is.
std::vector<double> number_candidates(double right, bool approximate) {
  std::vector<double> out;
  if (!approximate && right < 10) {
    for (const double delta : {1.0, -1.0, 2.0, 3.0, -2.0}) out.push_back(right + delta);
  }
  // Large numbers stay within a believable range (a golden wedding is not 100 years).
  const std::initializer_list<double> small{0.5, 1.5, 2.0, 3.0, 0.75, 1.25};
  const std::initializer_list<double> large{0.5, 0.6, 0.8, 1.2, 1.3};
  for (const double factor : right >= 20 ? large : small) {
    double v = right * factor;
    if (right >= 20) v = std::round(v / 5.0) * 5.0;
    out.push_back(v);
  }
  return out;
}

}  // namespace

std::vector<WrongValue> wrong_numbers(const model::Fact& fact, const Truths& truths) {
  const double right = *fact.number;
  const bool whole = std::fabs(right - std::round(right)) < 1e-9;
  std::vector<WrongValue> out;
  std::set<std::string> labels{model::number_label(right, fact.unit, false)};
  for (double v : number_candidates(right, fact.approximate)) {
    if (whole) v = std::round(v);
    // "About 4 hours" makes 5 arguably right: keep clear of the right value.
    const double gap = fact.approximate ? 0.4 * std::fabs(right) : 0.5;
    if (v <= 0 || std::fabs(v - right) < gap) continue;
    const std::string label = model::number_label(v, fact.unit, false);
    const std::string key = "number:" + model::number_label(v, "", false);
    if (truths.holds(fact.subject, fact.relation, key) || !labels.insert(label).second) continue;
    out.push_back({label, key});
    if (static_cast<int>(out.size()) == kMaxWrongAnswers) break;
  }
  return out;
}

}  // namespace kiosk::authoring
