// Measuring every text the writer will store, as it will store it, against the database's limits.
#include "authoring/text_limits.hpp"

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "authoring/generate.hpp"
#include "core/content_limits.hpp"
#include "core/utf8.hpp"
#include "core/wording.hpp"

namespace kiosk::authoring {
namespace {

using limits::TextLimit;
using model::Origin;

static_assert(1 + kMaxWrongAnswers <= limits::kMaxChoices,
              "a generated question must fit the answers the database check allows");

// At most 60 characters of `text`, cut between characters, for quoting in a message; line
// breaks and other control characters become spaces, so a message stays on one line.
std::string excerpt(const std::string& text) {
  constexpr std::size_t kMaxChars = 60;
  std::string out;
  std::size_t end = 0;
  for (std::size_t chars = 0; end < text.size() && chars < kMaxChars; ++chars) {
    const std::size_t length = utf8::sequence_length(text, end);
    if (length == 0) break;
    const auto byte = static_cast<unsigned char>(text[end]);
    const bool control = length == 1 && (byte < 0x20 || byte == 0x7F);
    out += control ? std::string(" ") : text.substr(end, length);
    end += length;
  }
  return end < text.size() ? out + "\u2026" : out;
}

// What the database check would say of `text` in `limit`'s column, or "" when it takes it.
std::string problem_with(const std::string& text, const TextLimit& limit) {
  if (const auto bad = utf8::first_invalid(text)) {
    return "is not valid UTF-8 (byte " + std::to_string(*bad) + ")";
  }
  if (text.empty()) return limit.presence == limits::Presence::Required ? "is empty" : "";
  const std::size_t chars = utf8::count_code_points(text);
  if (chars <= static_cast<std::size_t>(limit.max_chars)) return {};
  return "is too long (" + std::to_string(chars) + " characters; at most " +
         std::to_string(limit.max_chars) + ")";
}

// An item whose words are in a text reported at another item: the relation whose template a
// question fills, the entity whose name it uses.
struct Contributor {
  Origin origin;
  std::string what;  // "relation 'mayor_of'"
};

// Whom a text that the check would refuse is reported against: built only when there is one.
struct Blame {
  Origin at;                              // the item it belongs to
  std::string what;                       // "fact 'x': its sentence"
  std::vector<Contributor> contributors;  // each gets a note pointing back at the error
};

enum class QuestionPart { Prompt, Explanation, Answer };

class TextLimitChecker {
 public:
  TextLimitChecker(const model::Content& content, const FontCoverage* fonts, Diagnostics& out)
      : c_(content), index_(content), fonts_(fonts), out_(out) {}

  void run() {
    for (const std::string& lang : c_.meta.languages) {
      lang_ = lang;
      sources(lang);
      entities(lang);
      facts(lang);
      quotes(lang);
      cards(lang);
      questions(lang);
    }
    for (const model::GeneratedQuestion& q : c_.questions) answers(q);
  }

 private:
  // Reports `text` as `blame()` (which returns a Blame) says when its column would refuse it.
  template <typename MakeBlame>
  void check(const std::string& text, const TextLimit& limit, const MakeBlame& blame) {
    std::string problem = problem_with(text, limit);
    // Which language a character the kiosk cannot show is in matters to whoever fixes it; the
    // first language whose visitors see the text is named (a text shown in its stead is the
    // default language's, which comes first).
    std::string language;
    if (problem.empty()) {
      problem = unshowable(text, fonts_);
      language = " (" + lang_ + ")";
    }
    if (problem.empty()) return;
    const auto [at, what, contributors] = blame();
    const std::string message = what + " \"" + excerpt(text) + "\" " + problem;
    // The same text in several languages, or a relation in many facts, is reported once.
    if (!reported_.insert(at.file + ":" + std::to_string(at.line) + message).second) return;
    out_.error(at.file, at.line, what + language + " \"" + excerpt(text) + "\" " + problem);
    for (const Contributor& c : contributors) {
      const std::string note = c.what + ": its words are in the text reported at " + at.file + ":" +
                               std::to_string(at.line);
      if (reported_.insert(c.origin.file + ":" + std::to_string(c.origin.line) + note).second) {
        out_.note(c.origin.file, c.origin.line, note);
      }
    }
  }

  std::string in(const model::LocalText& text, const std::string& lang) const {
    return model::text_in(text, lang, c_.meta.default_language);
  }

  // The relation whose template made `fact`'s sentences, when the fact has no statement of its
  // own.
  std::vector<Contributor> template_of(const model::Fact& fact) const {
    const model::Relation* relation = index_.relation(fact.relation);
    if (relation == nullptr) return {};
    return {{relation->origin, "relation '" + relation->id + "'"}};
  }

  void sources(const std::string& lang);
  void entities(const std::string& lang);
  void facts(const std::string& lang);
  void quotes(const std::string& lang);
  void cards(const std::string& lang);
  void card_notes(const model::Card& card, const std::string& lang);
  void questions(const std::string& lang);
  void answers(const model::GeneratedQuestion& q);
  // Where a question is blamed: its fact or quote, and what contributed its words.
  std::pair<Origin, std::string> question_owner(const model::GeneratedQuestion& q) const;
  std::vector<Contributor> question_contributors(const model::GeneratedQuestion& q,
                                                 QuestionPart part,
                                                 const std::string& entity) const;

  const model::Content& c_;
  model::Index index_;
  const FontCoverage* fonts_;
  Diagnostics& out_;
  std::set<std::string> reported_;
  std::string lang_;  // the language whose texts are being checked
};

void TextLimitChecker::sources(const std::string& lang) {
  for (const model::Source& s : c_.sources) {
    const auto blame = [&](const char* part) {
      return [&s, part] { return Blame{s.origin, "source '" + s.id + "': its " + part, {}}; };
    };
    check(in(s.title, lang), limits::kSourceTitle, blame("title"));
    check(in(s.label, lang), limits::kSourceLabel, blame("credit line (outlet and date)"));
    check(in(s.outlet_name, lang), limits::kSourceLabel, blame("outlet"));
  }
}

void TextLimitChecker::entities(const std::string& lang) {
  for (const model::Entity& e : c_.entities) {
    const auto blame = [&](const char* part) {
      return [&e, part] { return Blame{e.origin, "entity '" + e.id + "': its " + part, {}}; };
    };
    check(in(e.name, lang), limits::kEntityName, blame("name"));
    check(in(e.role, lang), limits::kEntityRole, blame("role"));
  }
}

void TextLimitChecker::facts(const std::string& lang) {
  for (const model::Fact& f : c_.facts) {
    check(in(f.sentence, lang), limits::kFactStatement, [&] {
      return Blame{f.origin, "fact '" + f.id + "': its sentence",
                   f.statement.empty() ? template_of(f) : std::vector<Contributor>{}};
    });
    check(in(f.shown_value, lang), limits::kFactValueLabel, [&] {
      return Blame{f.origin, "fact '" + f.id + "': its value as shown", {}};
    });
  }
}

void TextLimitChecker::quotes(const std::string& lang) {
  for (const model::Quote& q : c_.quotes) {
    const auto blame = [&](const char* part) {
      return [&q, part] { return Blame{q.origin, "quote '" + q.id + "': its " + part, {}}; };
    };
    check(in(q.words, lang), limits::kQuoteWords, blame("words"));
    check(in(q.context, lang), limits::kQuoteContext, blame("context"));
  }
}

void TextLimitChecker::cards(const std::string& lang) {
  for (const model::Card& card : c_.cards) {
    const auto blame = [&](const char* part, std::vector<Contributor> contributors) {
      return [&card, part, contributors = std::move(contributors)] {
        return Blame{card.origin, "card '" + card.id + "': its " + part, contributors};
      };
    };
    check(in(card.title, lang), limits::kCardTitle, blame("title", {}));
    check(in(card.body, lang), limits::kCardBody, blame("text", {}));
    check(in(card.date_label, lang), limits::kCardDateLabel, blame("date", {}));
    std::vector<Contributor> place;
    if (const model::Entity* e = index_.entity(card.place)) {
      place.push_back({e->origin, "entity '" + e->id + "'"});
    }
    check(model::entity_name(index_, card.place, lang), limits::kCardPlaceLabel,
          blame("place", place));
    card_notes(card, lang);
  }
}

// "Sources differ" notes are blamed on the version they give, with a note at the card.
void TextLimitChecker::card_notes(const model::Card& card, const std::string& lang) {
  auto texts = card.differences.find(lang);
  if (texts == card.differences.end()) texts = card.differences.find(c_.meta.default_language);
  if (texts == card.differences.end()) return;
  // The notes are in the order of the versions they give (derive_texts).
  const auto notes = model::difference_notes(index_, card, c_.meta.default_language);
  for (std::size_t i = 0; i < notes.size() && i < texts->second.size(); ++i) {
    const model::DifferenceNote& note = notes[i];
    check(texts->second[i], limits::kCardDifference, [&] {
      std::vector<Contributor> contributors{{card.origin, "card '" + card.id + "'"}};
      if (note.fact->statement.empty()) {
        for (const Contributor& c : template_of(*note.fact)) contributors.push_back(c);
      }
      return Blame{
          note.fact->origin,
          "fact '" + note.fact->id + "': its \"sources differ\" line on card '" + card.id + "'",
          contributors};
    });
  }
}

std::pair<Origin, std::string> TextLimitChecker::question_owner(
    const model::GeneratedQuestion& q) const {
  if (const model::Fact* f = index_.fact(q.fact)) return {f->origin, "fact '" + f->id + "'"};
  if (const model::Quote* quote = index_.quote(q.quote)) {
    return {quote->origin, "quote '" + quote->id + "'"};
  }
  return {Origin{}, "question '" + q.id + "'"};
}

// What besides its fact or quote put words into a question's `part`: the relation whose
// template a fact's question fills (not for a true-or-false question on a fact's own
// statement), the speaker named in a quote's explanation, the entity an answer names.
std::vector<Contributor> TextLimitChecker::question_contributors(const model::GeneratedQuestion& q,
                                                                 QuestionPart part,
                                                                 const std::string& entity) const {
  if (part == QuestionPart::Answer) {
    const model::Entity* e = index_.entity(entity);
    if (e == nullptr) return {};
    return {{e->origin, "entity '" + e->id + "'"}};
  }
  if (const model::Fact* f = index_.fact(q.fact)) {
    const bool own_words = q.kind == QuestionKind::TrueFalse && !f->statement.empty();
    return own_words ? std::vector<Contributor>{} : template_of(*f);
  }
  const model::Quote* quote = index_.quote(q.quote);
  const model::Entity* speaker = quote != nullptr ? index_.entity(quote->speaker) : nullptr;
  if (speaker == nullptr || part != QuestionPart::Explanation) return {};
  return {{speaker->origin, "entity '" + speaker->id + "'"}};
}

void TextLimitChecker::questions(const std::string& lang) {
  for (const model::GeneratedQuestion& q : c_.questions) {
    const auto blame = [&](const char* part, QuestionPart which, const std::string& entity) {
      return [this, &q, part, which, &entity] {
        const auto [at, owner] = question_owner(q);
        return Blame{at, owner + ": " + part + "its question '" + q.id + "'",
                     question_contributors(q, which, entity)};
      };
    };
    check(in(q.prompt, lang), limits::kQuestionPrompt, blame("", QuestionPart::Prompt, ""));
    check(in(q.explanation, lang), limits::kQuestionExplanation,
          blame("the explanation of ", QuestionPart::Explanation, ""));
    for (const model::GeneratedChoice& choice : q.choices) {
      check(in(choice.text, lang), limits::kChoiceText,
            blame("an answer to ", QuestionPart::Answer, choice.entity));
    }
  }
}

// One right answer, at least one wrong, no more than the check allows; two for true or false.
void TextLimitChecker::answers(const model::GeneratedQuestion& q) {
  int right = 0;
  for (const model::GeneratedChoice& choice : q.choices) right += choice.correct ? 1 : 0;
  const int total = static_cast<int>(q.choices.size());
  std::string problem;
  if (right != 1) {
    problem = "has " + std::to_string(right) + " right answers (needs exactly 1)";
  } else if (total < 2) {
    problem = "has no wrong answer (needs at least 1)";
  } else if (total > limits::kMaxChoices) {
    problem = "has " + std::to_string(total) + " answers (at most " +
              std::to_string(limits::kMaxChoices) + ")";
  } else if (q.kind == QuestionKind::TrueFalse && total != limits::kTrueFalseChoices) {
    problem = "is true-or-false but has " + std::to_string(total) + " answers";
  }
  if (problem.empty()) return;
  const auto [at, owner] = question_owner(q);
  out_.error(at.file, at.line, owner + ": its question '" + q.id + "' " + problem);
}

}  // namespace

void check_text_limits(const model::Content& content, const FontCoverage* fonts, Diagnostics& out) {
  TextLimitChecker(content, fonts, out).run();
}

}  // namespace kiosk::authoring
