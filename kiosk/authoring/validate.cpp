// Referential and semantic checks of the content model.
#include "authoring/validate.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "authoring/generate.hpp"
#include "authoring/grammar.hpp"
#include "core/wording.hpp"

namespace kiosk::authoring {
namespace {

using model::Content;
using model::Index;
using model::Origin;

// Ids are lowercase letters and digits, then also '-' and '_' ("talks-length"). Checked by
// hand, not with std::regex, whose recursion overflows the stack on an id of a few hundred kB.
bool is_id(const std::string& id) {
  const auto letter_or_digit = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  };
  const auto allowed = [&](char c) { return letter_or_digit(c) || c == '-' || c == '_'; };
  return !id.empty() && letter_or_digit(id.front()) && std::all_of(id.begin(), id.end(), allowed);
}

class Checker {
 public:
  Checker(const Content& c, Diagnostics& out) : c_(c), index_(c), out_(out) {}

  void run() {
    ids();
    sources();
    entities();
    relations();
    facts();
    quotes();
    cards();
  }

 private:
  void error(const Origin& o, const std::string& message) { out_.error(o.file, o.line, message); }

  template <typename T>
  void unique_ids(const std::vector<T>& items, const char* kind) {
    std::map<std::string, const T*> seen;
    for (const T& item : items) {
      if (item.id.empty()) continue;
      if (!is_id(item.id)) {
        error(item.origin, std::string(kind) + " id '" + item.id +
                               "' must be lowercase letters, digits, '-' and '_'");
      }
      const auto [it, fresh] = seen.emplace(item.id, &item);
      if (!fresh) {
        error(item.origin, std::string("duplicate ") + kind + " id '" + item.id +
                               "' (first at line " + std::to_string(it->second->origin.line) + ")");
      }
    }
  }

  void ids() {
    unique_ids(c_.sources, "source");
    unique_ids(c_.entities, "entity");
    unique_ids(c_.relations, "relation");
    unique_ids(c_.facts, "fact");
    unique_ids(c_.quotes, "quote");
    unique_ids(c_.cards, "card");
  }

  // Text is needed in the default language; a language without it shows the default's, and
  // the build warns of it once per language (report_translation_gaps).
  void languages(const model::LocalText& text, const Origin& o, const std::string& what) {
    if (text.empty()) return;
    const std::string& fallback = c_.meta.default_language;
    if (!text.contains(fallback)) {
      error(o, what + " has no text in '" + fallback + "', the default language");
    }
    for (const auto& [lang, value] : text) {
      if (std::find(c_.meta.languages.begin(), c_.meta.languages.end(), lang) ==
          c_.meta.languages.end()) {
        error(o, what + " has text in '" + lang + "', which is not in kiosk.toml's languages");
      }
    }
  }

  void entity_ref(const std::string& id, const Origin& o, const std::string& what,
                  std::optional<model::EntityKind> kind) {
    if (id.empty()) return;
    const model::Entity* e = index_.entity(id);
    if (e == nullptr) {
      error(o, what + " refers to unknown entity '" + id + "'");
    } else if (kind && e->kind != *kind) {
      error(o, what + " '" + id + "' is a " + std::string(model::entity_kind_name(e->kind)) +
                   ", but a " + std::string(model::entity_kind_name(*kind)) + " is needed here");
    }
  }

  void source_ref(const std::string& id, const Origin& o, const std::string& what) {
    if (!id.empty() && index_.source(id) == nullptr) {
      error(o, what + " refers to unknown source '" + id + "'");
    }
  }

  void evidence(const std::vector<model::Evidence>& list, const Origin& o,
                const std::string& what) {
    std::set<std::string> seen;
    for (const model::Evidence& e : list) {
      source_ref(e.source, o, what);
      if (!seen.insert(e.source).second) error(o, what + " cites source '" + e.source + "' twice");
    }
  }

  void sources() {
    for (const model::Source& s : c_.sources) {
      languages(s.title, s.origin, "source '" + s.id + "' title");
      if (s.rewrite_of.empty()) continue;
      source_ref(s.rewrite_of, s.origin, "source '" + s.id + "' rewrite_of");
      if (s.rewrite_of == s.id) error(s.origin, "source '" + s.id + "' cannot retell itself");
      std::set<std::string> chain{s.id};
      for (const model::Source* p = index_.source(s.rewrite_of); p != nullptr;
           p = index_.source(p->rewrite_of)) {
        if (!chain.insert(p->id).second) {
          error(s.origin, "source '" + s.id + "': rewrite_of goes round in a circle");
          break;
        }
      }
    }
  }

  void entities() {
    // One name, one entity: a name or alias shared by two entities makes answers ambiguous.
    std::map<std::string, const model::Entity*> names;
    for (const model::Entity& e : c_.entities) {
      languages(e.name, e.origin, "entity '" + e.id + "' name");
      std::vector<std::string> all = e.aliases;
      for (const auto& [lang, name] : e.name) all.push_back(name);
      for (const std::string& name : all) {
        const auto [it, fresh] = names.emplace(name, &e);
        if (!fresh && it->second != &e) {
          error(e.origin, "the name '" + name + "' is given to both '" + it->second->id +
                              "' and '" + e.id + "'");
        }
      }
    }
  }

  void relations() {
    for (const model::Relation& r : c_.relations) {
      // The loader checked each template's placeholders at its line (check_relation_templates).
      for (const auto* text : {&r.statement, &r.ask_subject, &r.ask_value}) {
        languages(*text, r.origin, "relation '" + r.id + "'");
      }
      // A question must not give its answer away, by name or by a word agreeing with it.
      for (const auto& [lang, q] : r.ask_subject) {
        if (slots_used(q).contains("subject")) {
          error(r.origin, "relation '" + r.id + "': ask_subject must not name {subject}, its " +
                              "answer, nor agree with it (" + lang + ")");
        }
      }
      for (const auto& [lang, q] : r.ask_value) {
        const std::set<std::string> used = slots_used(q);
        if (used.contains("object") || used.contains("value")) {
          error(r.origin, "relation '" + r.id + "': ask_value must not name {object} or {value}, " +
                              "its answer, nor agree with it (" + lang + ")");
        }
      }
    }
  }

  void facts();
  void quotes();
  void cards();
  void card_quote(const model::Card& card, const std::string& id, const std::string& what);

  const Content& c_;
  Index index_;
  Diagnostics& out_;
};

void Checker::facts() {
  for (const model::Fact& f : c_.facts) {
    const std::string what = "fact '" + f.id + "'";
    const model::Relation* r = index_.relation(f.relation);
    if (r == nullptr && !f.relation.empty()) {
      error(f.origin, what + " uses unknown relation '" + f.relation + "'");
    }
    entity_ref(f.subject, f.origin, what + " subject",
               r ? std::optional(r->subject_kind) : std::nullopt);
    entity_ref(f.object, f.origin, what + " object", r ? r->object_kind : std::nullopt);
    entity_ref(f.qualifier, f.origin, what + " qualifier", std::nullopt);
    languages(f.statement, f.origin, what + " statement");
    evidence(f.sources, f.origin, what);
    if (r == nullptr) continue;
    const bool fits = (r->value == model::ValueKind::Entity && !f.object.empty()) ||
                      (r->value == model::ValueKind::Date && f.date) ||
                      (r->value == model::ValueKind::Number && f.number);
    if (!fits) {
      error(f.origin, what + ": relation '" + r->id + "' takes " +
                          (r->value == model::ValueKind::Entity ? "an 'object'"
                           : r->value == model::ValueKind::Date ? "a 'date'"
                                                                : "a 'number'"));
    }
    bool needs_qualifier = false;
    for (const auto* text : {&r->statement, &r->ask_subject, &r->ask_value}) {
      for (const auto& [lang, pattern] : *text)
        needs_qualifier |= slots_used(pattern).contains("qualifier");
    }
    if (needs_qualifier && f.qualifier.empty()) {
      error(f.origin, what + ": relation '" + r->id + "' needs a 'qualifier'");
    }
  }
}

void Checker::quotes() {
  for (const model::Quote& q : c_.quotes) {
    const std::string what = "quote '" + q.id + "'";
    entity_ref(q.speaker, q.origin, what + " speaker", model::EntityKind::Person);
    languages(q.words, q.origin, what + " words");
    languages(q.context, q.origin, what + " context");
    evidence(q.sources, q.origin, what);
    for (const std::string& p : q.shared_by) {
      entity_ref(p, q.origin, what + " shared_by", model::EntityKind::Person);
    }
  }
}

void Checker::cards() {
  for (const model::Card& card : c_.cards) {
    const std::string what = "card '" + card.id + "'";
    entity_ref(card.place, card.origin, what + " place", model::EntityKind::Place);
    for (const std::string& id : card.quotes) card_quote(card, id, what);
    for (const std::string& s : card.sources) source_ref(s, card.origin, what);
    for (const std::string& f : card.facts) {
      if (index_.fact(f) == nullptr)
        error(card.origin, what + " refers to unknown fact '" + f + "'");
    }
    languages(card.title, card.origin, what + " title");
    languages(card.body, card.origin, what + " body");
  }
}

// A quote a card lists must exist, and unless it is the key quote (shown with its speaker) the
// card's text must name its speaker: a visitor asked "who said this?" can only know from what
// the card attributes.
void Checker::card_quote(const model::Card& card, const std::string& id, const std::string& what) {
  const model::Quote* q = index_.quote(id);
  if (q == nullptr) {
    error(card.origin, what + " refers to unknown quote '" + id + "'");
    return;
  }
  const model::Entity* speaker = index_.entity(q->speaker);
  if (id == card.quote || speaker == nullptr) return;
  for (const auto& [lang, body] : card.body) {
    if (!names_entity(*speaker, body)) {
      error(card.origin, what + " lists quote '" + id +
                             "' but its text does not name the "
                             "speaker, " +
                             model::text_in(speaker->name, lang) + " (" + lang + ")");
    }
  }
}

}  // namespace

void validate(const model::Content& content, Diagnostics& out) { Checker(content, out).run(); }

}  // namespace kiosk::authoring
