// Wrong answers: plausible, of the same kind as the right one, and never true.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/model.hpp"
#include "core/wording.hpp"

namespace kiosk::authoring {

// The pseudo-relation of speakers to their quotes, for takes_part.
inline const std::string kSaid = "(said)";

// Wrong entities that are not lures top the pool up to this many.
inline constexpr int kTopUpTo = 5;

// Everything the content says, for asking "could this wrong answer be true?", indexed so
// that a content source of 100,000 facts is checked as fast as one of 100.
class Truths {
 public:
  explicit Truths(const model::Content& content);

  // Is `value` (an entity id or a value key) given for `subject` under `relation` by any fact,
  // agreed or disputed?
  bool holds(const std::string& subject, const std::string& relation,
             const std::string& value) const;
  // Does any fact link these two entities, in either direction, by any relation?
  bool linked(const std::string& a, const std::string& b) const;
  // Does `entity` appear in a fact of `relation` (as subject or value)? A plausible lure.
  bool takes_part(const std::string& entity, const std::string& relation) const;

 private:
  std::unordered_set<std::string> triples_;  // "subject|relation|value"
  std::unordered_set<std::string> links_;    // "a|b" for the ends of every fact
  std::unordered_set<std::string> parts_;    // "entity|relation"
  std::unordered_set<std::string> speakers_;
};

// Whom a pool of wrong entities may draw on.
enum class Grouping {
  AnswersGroup,      // only the right answer's group ("who headed": officials for officials)
  AnyGroupedEntity,  // anyone of the kind who has a group ("who said": any public voice)
};

// Candidates for wrong answers: the entities of each kind and group, and the lures (those that
// play a part in a relation), each list built once.
class EntityPools {
 public:
  EntityPools(const model::Content& content, const Truths& truths);

  // Wrong entities for a question whose right answer is `answer`, all of `kind`: never `answer`
  // or another name of it, never an entity `excluded` says is true, only the answer's group
  // when it has one. Lures first, then others up to kTopUpTo (things and events: lures only).
  // At most kMaxWrongAnswers, in a stable pseudo-random order seeded by `seed`.
  std::vector<const model::Entity*> wrong_entities(
      const model::Entity& answer, model::EntityKind kind, const std::string& relation,
      const std::string& seed, const std::function<bool(const model::Entity&)>& excluded,
      Grouping grouping = Grouping::AnswersGroup);

 private:
  using Pool = std::vector<const model::Entity*>;
  const Pool& group_pool(model::EntityKind kind, const std::string& group);
  const Pool& lure_pool(model::EntityKind kind, const std::string& group,
                        const std::string& relation);

  const model::Content& content_;
  const Truths& truths_;
  std::map<std::string, Pool> pools_;
};

// The key a fact's value is compared by: the entity id, "date:2024-04-06" or "number:4".
std::string value_key(const model::Fact& fact);

struct WrongValue {
  std::string label;  // as shown
  std::string key;    // as compared, e.g. "date:2024-04-07"
};

// Wrong dates for `fact`: other dates in the content first, then nearby days; shown in the
// same form as `format` shows the right one. Never a date the content gives for this subject
// and relation.
std::vector<WrongValue> wrong_dates(const model::Content& content, const model::Fact& fact,
                                    const Truths& truths, std::string (*format)(const Date&));

// Wrong numbers for `fact`: clearly different values (at least 40% away when the source says
// "about"), never one the content gives for this subject and relation.
std::vector<WrongValue> wrong_numbers(const model::Fact& fact, const Truths& truths);

// A stable pseudo-random order that differs per question (FNV-1a of the text).
std::uint64_t stable_hash(const std::string& text);

}  // namespace kiosk::authoring
