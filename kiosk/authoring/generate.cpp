// Turning facts and quotes into questions, with wrong answers proven false.
#include "authoring/generate.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "authoring/distractors.hpp"
#include "authoring/local_wording.hpp"
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

// What a question lacks in each language it cannot be made whole in (the first reason found).
using Missing = std::map<std::string, std::string>;

// A question as it is built, with what each language lacks: it keeps only the languages every
// one of its texts is whole in, so a visitor never reads it half translated.
struct Draft {
  GeneratedQuestion question;
  Missing missing;
};

// How a true-or-false statement is asked: as it is, or as a false variant.
enum class AskedAs { True, False };

// A false variant of a fact's statement, with what each language lacks.
struct FalseStatement {
  LocalText text;
  Missing missing;
};

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
  Generator(Content& c, TranslationGaps& gaps, Diagnostics& out)
      : c_(c), index_(c), wording_(c), truths_(c), pools_(c, truths_), gaps_(gaps), out_(out) {
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

  // The text in every language `make` makes it whole in; what the others lack goes to `missing`.
  LocalText per_language(const std::function<Made(const std::string&)>& make,
                         Missing& missing) const {
    LocalText text;
    for (const std::string& lang : languages()) {
      Made made = make(lang);
      if (made.text) {
        text[lang] = std::move(*made.text);
      } else {
        missing.emplace(lang, std::move(made.missing));
      }
    }
    return text;
  }

  // A text derived before the questions (a fact's sentence), noting the languages it lacks.
  LocalText derived(const LocalText& text, const std::string& item, Missing& missing) const {
    for (const std::string& lang : languages()) {
      if (text.contains(lang)) continue;
      const std::string why = gaps_.why(lang, item);
      missing.emplace(lang, why.empty() ? item + " has no text in '" + lang + "'" : why);
    }
    return text;
  }

  LocalText filled(const LocalText& pattern, const std::string& what, const Fact& f,
                   Missing& missing) const {
    return per_language(
        [&](const std::string& lang) { return wording_.fill_fact(pattern, what, f, lang); },
        missing);
  }

  LocalText name_of(const Entity& e, Missing& missing) const {
    return per_language([&](const std::string& lang) { return wording_.entity_answer(e, lang); },
                        missing);
  }

  // Leaves out of the question every language one of its texts lacks, so the kiosk shows it
  // whole in the default language there; the default language must lack nothing.
  bool keep_whole(Draft& d, const model::Origin& at) {
    GeneratedQuestion& q = d.question;
    for (const auto& [lang, why] : d.missing) {
      if (lang == c_.meta.default_language) {
        out_.error(at.file, at.line,
                   "question '" + q.id + "' cannot be made in '" + lang +
                       "', the default language: " + why);
        return false;
      }
      q.prompt.erase(lang);
      q.explanation.erase(lang);
      for (GeneratedChoice& choice : q.choices) choice.text.erase(lang);
      gaps_.record(lang, "question '" + q.id + "'", why);
    }
    return true;
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

  Draft fact_question(const Fact& f, QuestionKind kind, const std::string& part) {
    Draft d;
    GeneratedQuestion& q = d.question;
    q.id = std::string(kind_name(kind)) + ":" + f.id + (part.empty() ? "" : ":" + part);
    q.kind = kind;
    q.fact = f.id;
    q.difficulty = difficulty(kind, f.id);
    q.explanation = derived(f.sentence, "fact '" + f.id + "'", d.missing);
    q.sources = source_ids(f.sources);
    q.card = card_of_.at(f.id);
    return d;
  }

  bool finish(Draft d, const Fact& f) {
    GeneratedQuestion& q = d.question;
    // Several facts can ask the same thing ("Who flew aboard Soyuz MS-25?"): ask it once.
    const std::string prompt = model::text_in(q.prompt, c_.meta.default_language);
    if (!prompts_.insert(prompt).second) return false;
    if (static_cast<int>(q.choices.size()) - 1 < kMinWrongAnswers) {
      note_skipped(f, "'" + q.id + "': fewer than " + std::to_string(kMinWrongAnswers) +
                          " wrong answers can be proven false");
      return false;
    }
    if (!keep_whole(d, f.origin)) return false;
    c_.questions.push_back(std::move(q));
    return true;
  }

  struct TrueFalseCandidate {
    Draft draft;                                    // asked as true
    std::optional<FalseStatement> false_statement;  // a provably false variant, when there is one
  };

  // "relation 'head_of' ask_value", for messages about what a template lacks.
  static std::string template_name(const Relation& r, const char* which) {
    return "relation '" + r.id + "' " + which;
  }

  void value_question(const Fact& f, const Relation& r);
  void subject_question(const Fact& f, const Relation& r);
  void true_or_false(const Fact& f, const Relation& r);
  std::optional<FalseStatement> false_variant(const Fact& f, const Relation& r);
  void add_true_or_false();
  void true_or_false_texts(Draft& d, const LocalText& statement, AskedAs asked);
  void who_said(const model::Quote& q);
  LocalText who_said_prompt(const model::Quote& quote, Missing& missing) const;
  LocalText who_said_explanation(const model::Quote& quote, const Entity& speaker,
                                 Missing& missing) const;
  std::vector<std::pair<LocalText, std::string>> wrong_values(const Fact& f, const Relation& r,
                                                              Missing& missing);

  Content& c_;
  model::Index index_;
  LocalWording wording_;
  Truths truths_;
  EntityPools pools_;
  TranslationGaps& gaps_;
  Diagnostics& out_;
  std::map<std::string, std::string> card_of_;  // fact id or "quote:" + id -> card id
  std::set<std::string> key_quotes_;
  std::set<std::string> seen_;  // people named on some card
  std::vector<TrueFalseCandidate> true_false_;
  std::set<std::string> prompts_;
  std::set<std::string> shared_values_;
};

// How a date answer is shown in the default language's terms, for telling wrong dates apart:
// without the year when the year was inferred, so no question asks a visitor to confirm a
// curator's inference (LocalWording::date_answer shows every language so).
std::string (*date_format(const Fact& f))(const Date&) {
  return f.date->inference == DateInference::YearInferred ? format_date_without_year : format_date;
}

// Wrong values of the fact's own type, with their keys: entities, dates or numbers, each in
// every language it can be written in.
std::vector<std::pair<LocalText, std::string>> Generator::wrong_values(const Fact& f,
                                                                       const Relation& r,
                                                                       Missing& missing) {
  std::vector<std::pair<LocalText, std::string>> out;
  if (!f.object.empty()) {
    const Entity* answer = index_.entity(f.object);
    const auto excluded = [&](const Entity& e) {
      return truths_.holds(f.subject, f.relation, e.id) || truths_.linked(f.subject, e.id) ||
             e.id == f.subject || e.id == f.qualifier || unseen_person(e);
    };
    for (const Entity* e : pools_.wrong_entities(*answer, r.object_kind.value_or(answer->kind),
                                                 f.relation, f.id, excluded)) {
      out.emplace_back(name_of(*e, missing), e->id);
    }
  } else if (f.date) {
    for (const WrongValue& v : wrong_dates(c_, f, truths_, date_format(f))) {
      model::DateValue date = *f.date;
      date.date = *parse_iso_date(v.key.substr(std::string("date:").size()));
      out.emplace_back(
          per_language([&](const std::string& lang) { return wording_.date_answer(date, lang); },
                       missing),
          v.key);
    }
  } else if (f.number) {
    for (const WrongValue& v : wrong_numbers(f, truths_)) {
      const double number = std::stod(v.key.substr(std::string("number:").size()));
      out.emplace_back(
          per_language(
              [&](const std::string& lang) { return wording_.number_answer(number, f, lang); },
              missing),
          v.key);
    }
  }
  return out;
}

void Generator::value_question(const Fact& f, const Relation& r) {
  if (f.date && f.date->inference == DateInference::WhollyInferred) {
    note_skipped(f, "about its value: the date is inferred, not reported");
    return;
  }
  const Entity* e = f.object.empty() ? nullptr : index_.entity(f.object);
  const QuestionKind kind = e != nullptr ? kind_for(e->kind)
                            : f.date     ? QuestionKind::When
                                         : QuestionKind::HowMany;
  if (e != nullptr &&
      !has_group(*e, std::string(kind_name(kind)) + ":" + f.id + ":value", f.origin)) {
    return;
  }
  Draft d = fact_question(f, kind, "value");
  const LocalText right = per_language(
      [&](const std::string& lang) {
        if (e != nullptr) return wording_.entity_answer(*e, lang);
        if (f.date) return wording_.date_answer(*f.date, lang);
        return wording_.number_answer(*f.number, f, lang);
      },
      d.missing);
  d.question.prompt = filled(r.ask_value, template_name(r, "ask_value"), f, d.missing);
  d.question.choices.push_back({right, true, f.object});
  for (auto& [text, key] : wrong_values(f, r, d.missing)) {
    d.question.choices.push_back({text, false, f.object.empty() ? std::string() : key});
  }
  finish(std::move(d), f);
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
  Draft d = fact_question(f, kind_for(subject->kind), "subject");
  if (!has_group(*subject, d.question.id, f.origin)) return;
  d.question.prompt = filled(r.ask_subject, template_name(r, "ask_subject"), f, d.missing);
  d.question.choices.push_back({name_of(*subject, d.missing), true, subject->id});
  for (const Entity* e :
       pools_.wrong_entities(*subject, r.subject_kind, f.relation, f.id, excluded)) {
    d.question.choices.push_back({name_of(*e, d.missing), false, e->id});
  }
  finish(std::move(d), f);
}

// A statement is asked as true or as false; which is decided for the whole bank at once, in
// add_true_or_false, so that about half are true.
void Generator::true_or_false(const Fact& f, const Relation& r) {
  if (f.date && f.date->inference == DateInference::WhollyInferred) return;
  Draft d = fact_question(f, QuestionKind::TrueFalse, "");
  // A date or a number a few days or units off is harder to judge than a swapped name.
  if (f.date || f.number) d.question.difficulty = std::min(3, d.question.difficulty + 1);
  true_false_.push_back({std::move(d), false_variant(f, r)});
}

// The fact's statement with its value replaced by one that is provably false: only where the
// subject has a single value (cardinality one), by a value that plays the same part elsewhere.
std::optional<FalseStatement> Generator::false_variant(const Fact& f, const Relation& r) {
  if (r.cardinality != model::Cardinality::One || !f.statement.empty()) return std::nullopt;
  Missing unused;  // only the key of the first wrong value is used, not its text
  const auto wrong = wrong_values(f, r, unused);
  if (wrong.empty()) return std::nullopt;
  const auto& [text, key] = wrong.front();
  if (!f.object.empty() && !truths_.takes_part(key, f.relation)) return std::nullopt;
  model::Fact variant = f;
  if (!f.object.empty()) variant.object = key;
  if (f.date) variant.date->date = *parse_iso_date(key.substr(std::string("date:").size()));
  if (f.number) variant.number = std::stod(key.substr(std::string("number:").size()));
  FalseStatement statement;
  statement.text = filled(r.statement, template_name(r, "statement"), variant, statement.missing);
  return statement;
}

// Half of the statements that can be made false are, in a stable order, until true and false
// are as even as the bank allows; true ones beyond 55 % are left out, so that answering
// "True" every time does no better than chance.
void Generator::add_true_or_false() {
  std::stable_sort(true_false_.begin(), true_false_.end(), [](const auto& a, const auto& b) {
    return stable_hash(a.draft.question.id) < stable_hash(b.draft.question.id);
  });
  const std::size_t n = true_false_.size();
  std::size_t falses = 0;
  for (const auto& c : true_false_) falses += (c.false_statement && falses < n / 2) ? 1 : 0;
  const std::size_t max_true = falses * kMaxTrueShare / (100 - kMaxTrueShare);
  std::size_t made_false = 0;
  std::size_t trues = 0;
  for (TrueFalseCandidate& candidate : true_false_) {
    Draft& d = candidate.draft;
    const std::optional<FalseStatement>& false_statement = candidate.false_statement;
    const bool tell_truth = !(false_statement && made_false < falses);
    if (tell_truth && trues == max_true) {
      const Fact& f = *index_.fact(d.question.fact);
      note_skipped(f,
                   "as true or false: the bank already has as many true statements as "
                   "false ones allow (" +
                       std::to_string(kMaxTrueShare) + " % at most)");
      continue;
    }
    (tell_truth ? trues : made_false) += 1;
    if (!tell_truth)
      d.missing.insert(false_statement->missing.begin(), false_statement->missing.end());
    true_or_false_texts(d, tell_truth ? d.question.explanation : false_statement->text,
                        tell_truth ? AskedAs::True : AskedAs::False);
    if (!keep_whole(d, index_.fact(d.question.fact)->origin)) continue;
    c_.questions.push_back(std::move(d.question));
  }
}

// "True or false? ..." with the statement asked, the fact's own sentence explained, and the
// answers True and False, in the words of each language's phrases.
void Generator::true_or_false_texts(Draft& d, const LocalText& statement, AskedAs asked) {
  GeneratedQuestion& q = d.question;
  const bool tell_truth = asked == AskedAs::True;
  const auto with = [&](Phrase phrase, const LocalText& text, Capital capital) {
    return per_language(
        [&](const std::string& lang) {
          const auto found = text.find(lang);
          if (found == text.end())
            return Made::lacking("its statement has no text in '" + lang + "'");
          const std::string words =
              capital == Capital::First ? answer_label(found->second, lang) : found->second;
          return wording_.phrase(phrase, lang, {{"statement", plain_slot(words)}});
        },
        d.missing);
  };
  const LocalText explanation = q.explanation;
  q.prompt = with(Phrase::TrueOrFalse, statement, Capital::First);
  q.explanation = with(tell_truth ? Phrase::TrueExplained : Phrase::FalseExplained, explanation,
                       Capital::AsWritten);
  const auto answer = [&](Phrase phrase) {
    return per_language([&](const std::string& lang) { return wording_.phrase(phrase, lang); },
                        d.missing);
  };
  q.choices.push_back({answer(Phrase::True), tell_truth, ""});
  q.choices.push_back({answer(Phrase::False), !tell_truth, ""});
}

// "Who said this? “...”" on a quote's own words, "Who said that ...?" on a paraphrase.
LocalText Generator::who_said_prompt(const model::Quote& quote, Missing& missing) const {
  return per_language(
      [&](const std::string& lang) {
        const auto words = quote.words.find(lang);
        if (words == quote.words.end()) {
          return Made::lacking("quote '" + quote.id + "' has no words in '" + lang + "'");
        }
        if (quote.direct) {
          // In any language but the report's, the words are ours: the prompt says so, never
          // presenting a translation as the speaker's own words.
          const Phrase prompt =
              lang == quote.reported_in ? Phrase::WhoSaidDirect : Phrase::WhoSaidTranslated;
          return wording_.phrase(prompt, lang, {{"words", plain_slot(words->second)}});
        }
        const std::string said = lower_first(question_mark_safe(words->second));
        return wording_.phrase(Phrase::WhoSaidIndirect, lang, {{"words", plain_slot(said)}});
      },
      missing);
}

// "Alexander Lukashenko, President of Belarus, said this on ...", agreeing with the speaker.
LocalText Generator::who_said_explanation(const model::Quote& quote, const Entity& speaker,
                                          Missing& missing) const {
  return per_language(
      [&](const std::string& lang) {
        Made name = wording_.entity_name(speaker.id, lang);
        if (!name.text) return name;
        const auto context = quote.context.find(lang);
        if (!quote.context.empty() && context == quote.context.end()) {
          return Made::lacking("quote '" + quote.id + "' has no context in '" + lang + "'");
        }
        SlotFills slots{{"speaker", wording_.entity_slot(speaker, lang)}};
        const std::string said =
            context == quote.context.end() ? "" : question_mark_safe(context->second);
        slots["context"] = plain_slot(said);
        if (speaker.role.empty()) {
          return wording_.phrase(Phrase::WhoSaidExplainedPlain, lang, slots);
        }
        const auto role = speaker.role.find(lang);
        if (role == speaker.role.end()) {
          return Made::lacking("entity '" + speaker.id + "' has no role in '" + lang + "'");
        }
        slots["role"] = plain_slot(role->second);
        return wording_.phrase(Phrase::WhoSaidExplained, lang, slots);
      },
      missing);
}

void Generator::who_said(const model::Quote& quote) {
  const Entity* speaker = index_.entity(quote.speaker);
  if (speaker == nullptr) return;
  Draft d;
  GeneratedQuestion& q = d.question;
  q.id = "who_said:" + quote.id;
  q.kind = QuestionKind::WhoSaid;
  q.quote = quote.id;
  q.difficulty = difficulty(q.kind, "quote:" + quote.id);
  q.sources = source_ids(quote.sources);
  q.card = card_of_.at("quote:" + quote.id);
  if (!has_group(*speaker, q.id, quote.origin)) return;
  q.prompt = who_said_prompt(quote, d.missing);
  q.explanation = who_said_explanation(quote, *speaker, d.missing);
  q.choices.push_back({name_of(*speaker, d.missing), true, speaker->id});
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
    q.choices.push_back({name_of(*e, d.missing), false, e->id});
  }
  if (static_cast<int>(q.choices.size()) - 1 < kMinWrongAnswers) {
    out_.note(quote.origin.file, quote.origin.line,
              "quote '" + quote.id +
                  "': too few people to "
                  "offer as wrong answers");
    return;
  }
  if (!keep_whole(d, quote.origin)) return;
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

void generate_questions(model::Content& content, TranslationGaps& gaps, Diagnostics& out) {
  Generator(content, gaps, out).run();
}

}  // namespace kiosk::authoring
