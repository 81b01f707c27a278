// Building pools of wrong answers and proving them false against the content.
#include "authoring/distractors.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <numeric>
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
  for (const auto& f : content.facts) {
    triples_.insert(f.subject + "|" + f.relation + "|" + value_key(f));
    const std::string ends[3] = {f.subject, f.object, f.qualifier};
    for (const std::string& a : ends) {
      if (a.empty()) continue;
      parts_.insert(a + "|" + f.relation);
      for (const std::string& b : ends) {
        if (!b.empty()) links_.insert(a + "|" + b);
      }
    }
  }
  for (const auto& q : content.quotes) speakers_.insert(q.speaker);
}

bool Truths::holds(const std::string& subject, const std::string& relation,
                   const std::string& value) const {
  return triples_.contains(subject + "|" + relation + "|" + value);
}

bool Truths::linked(const std::string& a, const std::string& b) const {
  return links_.contains(a + "|" + b);
}

bool Truths::takes_part(const std::string& entity, const std::string& relation) const {
  if (relation == kSaid) return speakers_.contains(entity);
  return parts_.contains(entity + "|" + relation);
}

EntityPools::EntityPools(const model::Content& content, const Truths& truths)
    : content_(content), truths_(truths) {}

const EntityPools::Pool& EntityPools::group_pool(model::EntityKind kind, const std::string& group) {
  const std::string key = std::string(model::entity_kind_name(kind)) + "|" + group;
  if (const auto it = pools_.find(key); it != pools_.end()) return it->second;
  Pool& pool = pools_[key];
  for (const model::Entity& e : content_.entities) {
    if (e.kind == kind && (group.empty() || e.group == group)) pool.push_back(&e);
  }
  return pool;
}

const EntityPools::Pool& EntityPools::lure_pool(model::EntityKind kind, const std::string& group,
                                                const std::string& relation) {
  const std::string key =
      "lure|" + relation + "|" + std::string(model::entity_kind_name(kind)) + "|" + group;
  if (const auto it = pools_.find(key); it != pools_.end()) return it->second;
  Pool lures;
  for (const model::Entity* e : group_pool(kind, group)) {
    if (truths_.takes_part(e->id, relation)) lures.push_back(e);
  }
  return pools_[key] = std::move(lures);
}

namespace {

// Up to `want` entities of `pool` that `accept` takes, visited from a seeded start with a
// stride coprime to the pool's size: a stable shuffle that looks at a bounded number of them.
void pick(const std::vector<const model::Entity*>& pool, std::size_t want, std::uint64_t seed,
          const std::function<bool(const model::Entity&)>& accept,
          std::vector<const model::Entity*>& out) {
  const std::size_t n = pool.size();
  if (n == 0) return;
  // The modulo is taken in 64 bits, so a seed picks the same entities on 32- and 64-bit builds.
  std::size_t stride = 1 + static_cast<std::size_t>((seed >> 17) % n);
  while (std::gcd(stride, n) != 1) stride = stride % n + 1;
  std::size_t at = static_cast<std::size_t>(seed % n);
  const std::size_t limit = std::min(n, 64 + want * 16);
  for (std::size_t seen = 0; seen < limit && out.size() < want; ++seen, at = (at + stride) % n) {
    if (accept(*pool[at])) out.push_back(pool[at]);
  }
}

}  // namespace

std::vector<const model::Entity*> EntityPools::wrong_entities(
    const model::Entity& answer, model::EntityKind kind, const std::string& relation,
    const std::string& seed, const std::function<bool(const model::Entity&)>& excluded,
    Grouping grouping) {
  // A herder is no wrong answer to "who headed" an agency: stay within the group, or at least
  // among entities that have one.
  const std::string group = grouping == Grouping::AnswersGroup ? answer.group : std::string();
  std::vector<const model::Entity*> out;
  const auto accept = [&](const model::Entity& e) {
    if (same_thing(e, answer) || excluded(e)) return false;
    if (grouping == Grouping::AnyGroupedEntity && e.group.empty()) return false;
    return std::none_of(out.begin(), out.end(),
                        [&](const model::Entity* o) { return same_thing(*o, e); });
  };
  const std::uint64_t h = stable_hash(seed);
  pick(lure_pool(kind, group, relation), kMaxWrongAnswers, h, accept, out);
  // Things and events are too varied to mix: a gift is no answer to "what was discussed", so
  // for them only entities that play the same part elsewhere are offered.
  const bool lures_only = kind == model::EntityKind::Thing || kind == model::EntityKind::Event;
  if (!lures_only && out.size() < static_cast<std::size_t>(kTopUpTo)) {
    pick(group_pool(kind, group), kTopUpTo, h * 31 + 7, accept, out);
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
  std::set<std::string> labels;
  for (double v : number_candidates(right, fact.approximate)) {
    if (whole) v = std::round(v);
    // "About 4 hours" makes 5 arguably right: keep clear of the right value.
    const double gap = fact.approximate ? 0.4 * std::fabs(right) : 0.5;
    if (v <= 0 || std::fabs(v - right) < gap) continue;
    std::string label = model::number_label(v, fact.unit, fact.approximate);
    label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    const std::string key = "number:" + model::number_label(v, "", false);
    if (truths.holds(fact.subject, fact.relation, key) || !labels.insert(label).second) continue;
    out.push_back({label, key});
    if (static_cast<int>(out.size()) == kMaxWrongAnswers) break;
  }
  return out;
}

}  // namespace kiosk::authoring
