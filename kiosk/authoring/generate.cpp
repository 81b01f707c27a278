// Turning facts and quotes into questions, with wrong answers proven false.
#include "authoring/generate.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

#include "authoring/distractors.hpp"
#include "core/wording.hpp"

namespace kiosk::authoring {
namespace {

using model::Content;
using model::Entity;
using model::Fact;
using model::GeneratedChoice;
using model::GeneratedQuestion;
using model::LocalText;
using model::Relation;

QuestionKind kind_for(model::EntityKind kind) {
  switch (kind) {
    case model::EntityKind::Person: return QuestionKind::Who;
    case model::EntityKind::Place: return QuestionKind::Where;
    case model::EntityKind::Organisation:
    case model::EntityKind::Spacecraft:
    case model::EntityKind::Event:
    case model::EntityKind::Thing: return QuestionKind::What;
  }
  return QuestionKind::What;
}

int base_difficulty(QuestionKind kind) {
  switch (kind) {
    case QuestionKind::Who:
    case QuestionKind::Where:
    case QuestionKind::TrueFalse: return 1;
    case QuestionKind::What:
    case QuestionKind::WhoSaid: return 2;
    case QuestionKind::When:
    case QuestionKind::HowMany: return 3;
  }
  return 2;
}

// An answer as a choice reads: "About 4 hours", not "about 4 hours".
std::string answer_label(std::string label) {
  if (!label.empty())
    label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
  return label;
}

std::string question_mark_safe(std::string text) {
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.pop_back();
  return text;
}

// "The event ..." -> "the event ...", for "Who said that the event ...?". Only words that are
// never names are lowered; "Moscow and Minsk ..." stays as it is.
std::string lower_first(std::string text) {
  for (const char* word : {"The ", "A ", "An ", "This ", "That ", "These ", "Those ", "It ", "Its ",
                           "Our ", "Their ", "His ", "Her ", "There "}) {
    if (text.rfind(word, 0) == 0) {
      text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
      break;
    }
  }
  return text;
}

class Generator {
 public:
  Generator(Content& c, Diagnostics& out)
      : c_(c), index_(c), truths_(c), pools_(c, truths_), out_(out) {
    // A question names the first card (in file order) that shows its fact or quote.
    for (const auto& card : c.cards) {
      for (const auto& f : card.facts) card_of_.emplace(f, card.id);
      for (const auto& q : card.quotes) card_of_.emplace("quote:" + q, card.id);
      if (!card.quote.empty()) key_quotes_.insert(card.quote);
    }
    note_people_on_cards();
  }

  void run() {
    c_.questions.clear();
    for (const Fact& f : c_.facts) {
      const Relation* r = index_.relation(f.relation);
      if (r == nullptr || f.status != model::FactStatus::Agreed) continue;
      // A visitor must be able to read the answer: a fact on no card is never asked.
      if (!card_of_.contains(f.id)) {
        note_skipped(f, "at all: it is on no card, so a visitor could not read the answer");
        continue;
      }
      // Several subjects sharing a value (three people aboard one spacecraft) would ask the
      // same question three times over; only the first of them asks about the value.
      const bool first_with_value = shared_values_.insert(f.relation + "|" + value_key(f)).second;
      if (!r->ask_value.empty() && first_with_value) value_question(f, *r);
      if (!r->ask_subject.empty()) subject_question(f, *r);
      if (first_with_value) true_or_false(f, *r);
    }
    add_true_or_false();
    for (const model::Quote& q : c_.quotes) {
      if (q.status == model::FactStatus::Agreed && quote_is_askable(q)) who_said(q);
    }
  }

 private:
  const std::vector<std::string>& languages() const { return c_.meta.languages; }

  LocalText per_language(const std::function<std::string(const std::string&)>& make) const {
    LocalText text;
    for (const std::string& lang : languages()) text[lang] = make(lang);
    return text;
  }

  LocalText filled(const LocalText& pattern, const Fact& f) const {
    return per_language([&](const std::string& lang) {
      return model::fill_fact(model::text_in(pattern, lang), index_, f, lang);
    });
  }

  LocalText name_of(const Entity& e) const {
    return per_language([&](const std::string& lang) { return model::text_in(e.name, lang); });
  }

  std::vector<std::string> source_ids(const std::vector<model::Evidence>& list) const {
    std::vector<std::string> ids;
    for (const auto& e : list) ids.push_back(e.source);
    return ids;
  }

  // Harder when the answer is in a card's text rather than its headline facts or key quote.
  int difficulty(QuestionKind kind, const std::string& item) const {
    const bool key_quote = item.rfind("quote:", 0) == 0 && key_quotes_.contains(item.substr(6));
    const bool prominent = item.rfind("quote:", 0) != 0 || key_quote;
    return std::clamp(base_difficulty(kind) + (prominent ? 0 : 1), 1, 3);
  }

  // The people a visitor can meet on the cards: named in a card's text, speakers of its quotes,
  // or parties to its facts. A person named on no card is never a wrong answer: a visitor
  // would learn to pick the name they have read.
  void note_people_on_cards() {
    for (const auto& card : c_.cards) {
      for (const Entity& e : c_.entities) {
        for (const auto& [lang, body] : card.body) {
          if (e.kind == model::EntityKind::Person && names_entity(e, body)) seen_.insert(e.id);
        }
      }
      for (const auto& id : card.quotes) {
        if (const model::Quote* q = index_.quote(id)) seen_.insert(q->speaker);
      }
      for (const auto& id : card.facts) {
        if (const Fact* f = index_.fact(id)) seen_.insert({f->subject, f->object, f->qualifier});
      }
    }
  }

  bool unseen_person(const Entity& e) const {
    return e.kind == model::EntityKind::Person && !seen_.contains(e.id);
  }

  bool quote_is_askable(const model::Quote& q) {
    if (q.quiz == model::QuizUse::NotAsked) return false;
    if (card_of_.contains("quote:" + q.id)) return true;
    out_.note(q.origin.file, q.origin.line,
              "quote '" + q.id +
                  "': no question: it is on no "
                  "card, so a visitor could not know who said it");
    return false;
  }

  // The answer entity must have a group so that every wrong answer is of its kind (an
  // agency's head is offered other officials, never a cosmonaut).
  bool has_group(const Entity& answer, const std::string& question_id, const model::Origin& at) {
    const bool needs = answer.kind == model::EntityKind::Person ||
                       answer.kind == model::EntityKind::Organisation ||
                       answer.kind == model::EntityKind::Place;
    if (!needs || !answer.group.empty()) return true;
    out_.note(at.file, at.line,
              "no question '" + question_id + "': its answer, '" + answer.id +
                  "', has no group, so wrong answers of its kind cannot be "
                  "chosen (give it a group in entities.toml)");
    return false;
  }

  void note_skipped(const Fact& f, const std::string& why) {
    out_.note(f.origin.file, f.origin.line, "fact '" + f.id + "': no question " + why);
  }

  GeneratedQuestion fact_question(const Fact& f, QuestionKind kind, const std::string& part) {
    GeneratedQuestion q;
    q.id = std::string(kind_name(kind)) + ":" + f.id + (part.empty() ? "" : ":" + part);
    q.kind = kind;
    q.fact = f.id;
    q.difficulty = difficulty(kind, f.id);
    q.explanation = per_language(
        [&](const std::string& lang) { return model::fact_statement(index_, f, lang); });
    q.sources = source_ids(f.sources);
    q.card = card_of_.at(f.id);
    return q;
  }

  bool finish(GeneratedQuestion q, const Fact& f) {
    // Several facts can ask the same thing ("Who flew aboard Soyuz MS-25?"): ask it once.
    const std::string prompt = model::text_in(q.prompt, c_.meta.default_language);
    if (!prompts_.insert(prompt).second) return false;
    if (static_cast<int>(q.choices.size()) - 1 < kMinWrongAnswers) {
      note_skipped(f, "'" + q.id + "': fewer than " + std::to_string(kMinWrongAnswers) +
                          " wrong answers can be proven false");
      return false;
    }
    c_.questions.push_back(std::move(q));
    return true;
  }

  struct TrueFalseCandidate {
    GeneratedQuestion question;                // asked as true
    std::optional<LocalText> false_statement;  // a provably false variant, when there is one
  };

  void value_question(const Fact& f, const Relation& r);
  void subject_question(const Fact& f, const Relation& r);
  void true_or_false(const Fact& f, const Relation& r);
  std::optional<LocalText> false_variant(const Fact& f, const Relation& r);
  void add_true_or_false();
  void who_said(const model::Quote& q);
  std::vector<std::pair<LocalText, std::string>> wrong_values(const Fact& f, const Relation& r);

  Content& c_;
  model::Index index_;
  Truths truths_;
  EntityPools pools_;
  Diagnostics& out_;
  std::map<std::string, std::string> card_of_;  // fact id or "quote:" + id -> card id
  std::set<std::string> key_quotes_;
  std::set<std::string> seen_;  // people named on some card
  std::vector<TrueFalseCandidate> true_false_;
  std::set<std::string> prompts_;
  std::set<std::string> shared_values_;
};

// How a date answer is shown: without the year when the year was inferred, so no question
// asks a visitor to confirm a curator's inference.
std::string (*date_format(const Fact& f))(const Date&) {
  return f.date->inference == DateInference::YearInferred ? format_date_without_year : format_date;
}

// Wrong values of the fact's own type, with their keys: entities, dates or numbers.
std::vector<std::pair<LocalText, std::string>> Generator::wrong_values(const Fact& f,
                                                                       const Relation& r) {
  std::vector<std::pair<LocalText, std::string>> out;
  if (!f.object.empty()) {
    const Entity* answer = index_.entity(f.object);
    const auto excluded = [&](const Entity& e) {
      return truths_.holds(f.subject, f.relation, e.id) || truths_.linked(f.subject, e.id) ||
             e.id == f.subject || e.id == f.qualifier || unseen_person(e);
    };
    for (const Entity* e : pools_.wrong_entities(*answer, r.object_kind.value_or(answer->kind),
                                                 f.relation, f.id, excluded)) {
      out.push_back({name_of(*e), e->id});
    }
  } else if (f.date) {
    for (const WrongValue& v : wrong_dates(c_, f, truths_, date_format(f))) {
      out.push_back({per_language([&](const std::string&) { return v.label; }), v.key});
    }
  } else if (f.number) {
    for (const WrongValue& v : wrong_numbers(f, truths_)) {
      out.push_back({per_language([&](const std::string&) { return v.label; }), v.key});
    }
  }
  return out;
}

void Generator::value_question(const Fact& f, const Relation& r) {
  if (f.date && f.date->inference == DateInference::WhollyInferred) {
    note_skipped(f, "about its value: the date is inferred, not reported");
    return;
  }
  QuestionKind kind = QuestionKind::What;
  LocalText right;
  if (!f.object.empty()) {
    const Entity* e = index_.entity(f.object);
    if (!has_group(*e, std::string(kind_name(kind_for(e->kind))) + ":" + f.id + ":value",
                   f.origin)) {
      return;
    }
    kind = kind_for(e->kind);
    right = name_of(*e);
  } else if (f.date) {
    kind = QuestionKind::When;
    const std::string label = date_format(f)(f.date->date);
    right = per_language([&](const std::string&) { return label; });
  } else {
    kind = QuestionKind::HowMany;
    const std::string label = answer_label(model::number_label(*f.number, f.unit, f.approximate));
    right = per_language([&](const std::string&) { return label; });
  }
  GeneratedQuestion q = fact_question(f, kind, "value");
  q.prompt = filled(r.ask_value, f);
  q.choices.push_back({right, true, f.object});
  for (auto& [text, key] : wrong_values(f, r)) {
    q.choices.push_back({text, false, f.object.empty() ? std::string() : key});
  }
  finish(std::move(q), f);
}

void Generator::subject_question(const Fact& f, const Relation& r) {
  const Entity* subject = index_.entity(f.subject);
  const std::string value = value_key(f);
  const auto excluded = [&](const Entity& e) {
    // Anyone else of whom the same is true, or who is tied to the value some other way.
    return truths_.holds(e.id, f.relation, value) ||
           (!f.object.empty() && truths_.linked(e.id, f.object)) || e.id == f.object ||
           e.id == f.qualifier || unseen_person(e);
  };
  GeneratedQuestion q = fact_question(f, kind_for(subject->kind), "subject");
  if (!has_group(*subject, q.id, f.origin)) return;
  q.prompt = filled(r.ask_subject, f);
  q.choices.push_back({name_of(*subject), true, subject->id});
  for (const Entity* e :
       pools_.wrong_entities(*subject, r.subject_kind, f.relation, f.id, excluded)) {
    q.choices.push_back({name_of(*e), false, e->id});
  }
  finish(std::move(q), f);
}

// A statement is asked as true or as false; which is decided for the whole bank at once, in
// add_true_or_false, so that about half are true.
void Generator::true_or_false(const Fact& f, const Relation& r) {
  if (f.date && f.date->inference == DateInference::WhollyInferred) return;
  GeneratedQuestion q = fact_question(f, QuestionKind::TrueFalse, "");
  // A date or a number a few days or units off is harder to judge than a swapped name.
  if (f.date || f.number) q.difficulty = std::min(3, q.difficulty + 1);
  true_false_.push_back({std::move(q), false_variant(f, r)});
}

// The fact's statement with its value replaced by one that is provably false: only where the
// subject has a single value (cardinality one), by a value that plays the same part elsewhere.
std::optional<LocalText> Generator::false_variant(const Fact& f, const Relation& r) {
  if (r.cardinality != model::Cardinality::One || !f.statement.empty()) return std::nullopt;
  const auto wrong = wrong_values(f, r);
  if (wrong.empty()) return std::nullopt;
  const auto& [text, key] = wrong.front();
  if (!f.object.empty() && !truths_.takes_part(key, f.relation)) return std::nullopt;
  model::Fact variant = f;
  if (!f.object.empty()) variant.object = key;
  if (f.date) variant.date->date = *parse_iso_date(key.substr(std::string("date:").size()));
  if (f.number) variant.number = std::stod(key.substr(std::string("number:").size()));
  return per_language([&](const std::string& lang) {
    return model::fill_fact(model::text_in(r.statement, lang), index_, variant, lang);
  });
}

// Half of the statements that can be made false are, in a stable order, until true and false
// are as even as the bank allows; true ones beyond 55 % are left out, so that answering
// "True" every time does no better than chance.
void Generator::add_true_or_false() {
  std::stable_sort(true_false_.begin(), true_false_.end(), [](const auto& a, const auto& b) {
    return stable_hash(a.question.id) < stable_hash(b.question.id);
  });
  const std::size_t n = true_false_.size();
  std::size_t falses = 0;
  for (const auto& c : true_false_) falses += (c.false_statement && falses < n / 2) ? 1 : 0;
  const std::size_t max_true = falses * kMaxTrueShare / (100 - kMaxTrueShare);
  std::size_t made_false = 0;
  std::size_t trues = 0;
  for (TrueFalseCandidate& candidate : true_false_) {
    GeneratedQuestion& q = candidate.question;
    const std::optional<LocalText>& false_statement = candidate.false_statement;
    const bool tell_truth = !(false_statement && made_false < falses);
    if (tell_truth && trues == max_true) {
      const Fact& f = *index_.fact(q.fact);
      note_skipped(f,
                   "as true or false: the bank already has as many true statements as "
                   "false ones allow (" +
                       std::to_string(kMaxTrueShare) + " % at most)");
      continue;
    }
    (tell_truth ? trues : made_false) += 1;
    const LocalText statement = tell_truth ? q.explanation : *false_statement;
    q.prompt = per_language([&](const std::string& lang) {
      return "True or false? " + answer_label(model::text_in(statement, lang));
    });
    q.explanation = per_language([&](const std::string& lang) {
      return std::string(tell_truth ? "True. " : "False. ") + model::text_in(q.explanation, lang);
    });
    q.choices.push_back(
        {per_language([](const std::string&) { return std::string("True"); }), tell_truth, ""});
    q.choices.push_back(
        {per_language([](const std::string&) { return std::string("False"); }), !tell_truth, ""});
    c_.questions.push_back(std::move(q));
  }
}

void Generator::who_said(const model::Quote& quote) {
  const Entity* speaker = index_.entity(quote.speaker);
  if (speaker == nullptr) return;
  GeneratedQuestion q;
  q.id = "who_said:" + quote.id;
  q.kind = QuestionKind::WhoSaid;
  q.quote = quote.id;
  q.difficulty = difficulty(q.kind, "quote:" + quote.id);
  q.sources = source_ids(quote.sources);
  q.card = card_of_.at("quote:" + quote.id);
  if (!has_group(*speaker, q.id, quote.origin)) return;
  q.prompt = per_language([&](const std::string& lang) {
    const std::string words = model::text_in(quote.words, lang);
    if (quote.direct) return "Who said this? \u201C" + words + "\u201D";
    return "Who said that " + lower_first(question_mark_safe(words)) + "?";
  });
  q.explanation = per_language([&](const std::string& lang) {
    const std::string context = model::text_in(quote.context, lang);
    const std::string role = model::text_in(speaker->role, lang);
    const std::string who =
        model::text_in(speaker->name, lang) + (role.empty() ? "" : ", " + role + ",");
    return who + " said this" + (context.empty() ? "" : " " + question_mark_safe(context)) + ".";
  });
  q.choices.push_back({name_of(*speaker), true, speaker->id});
  const std::string words = comparable_name(model::text_in(quote.words, c_.meta.default_language));
  const std::string quoted = model::text_in(quote.words, c_.meta.default_language);
  const auto excluded = [&](const Entity& e) {
    // Nobody who is recorded saying the same words may be offered as "wrong", nor anyone the
    // words speak of ("... obedient to Putin" was not said by Putin).
    const bool said_it =
        std::any_of(c_.quotes.begin(), c_.quotes.end(), [&](const model::Quote& other) {
          return other.speaker == e.id &&
                 comparable_name(model::text_in(other.words, c_.meta.default_language)) == words;
        });
    const bool shares_view =
        std::find(quote.shared_by.begin(), quote.shared_by.end(), e.id) != quote.shared_by.end();
    return said_it || shares_view || names_entity(e, quoted) || unseen_person(e);
  };
  // Any public voice of the content may be offered: a cosmonaut may be the wrong speaker of a
  // president's words about space, and the visitor has met them all on the cards.
  for (const Entity* e : pools_.wrong_entities(*speaker, model::EntityKind::Person, kSaid, quote.id,
                                               excluded, Grouping::AnyGroupedEntity)) {
    q.choices.push_back({name_of(*e), false, e->id});
  }
  if (static_cast<int>(q.choices.size()) - 1 < kMinWrongAnswers) {
    out_.note(quote.origin.file, quote.origin.line,
              "quote '" + quote.id +
                  "': too few people to "
                  "offer as wrong answers");
    return;
  }
  c_.questions.push_back(std::move(q));
}

}  // namespace

std::string comparable_name(const std::string& name) {
  std::string out;
  bool space = false;
  for (const char ch : name) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isspace(c) || c == '.' || c == ',' || c == '-' || c == '\'' || c == '"') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

bool names_entity(const model::Entity& e, const std::string& text) {
  std::vector<std::string> names = e.aliases;
  for (const auto& [lang, name] : e.name) names.push_back(name);
  // Russian and Belarusian name people in every case: «с Франаком Вячоркой».
  for (const auto& [lang, forms] : e.forms) {
    for (const auto& [grammatical_case, form] : forms) names.push_back(form);
  }
  for (const std::string& name : names) {
    const std::string last = name.substr(name.rfind(' ') + 1);
    for (const std::string& n : {name, last}) {
      if (n.size() < 3) continue;
      for (std::size_t at = text.find(n); at != std::string::npos; at = text.find(n, at + 1)) {
        const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
        const std::size_t end = at + n.size();
        const bool ends =
            end >= text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
        if (starts && ends) return true;
      }
    }
  }
  return false;
}

void generate_questions(model::Content& content, Diagnostics& out) {
  Generator(content, out).run();
}

}  // namespace kiosk::authoring
