// Counting what each language lacks, for the one warning per language.
#include "authoring/translation_gaps.hpp"

#include <array>
#include <vector>

#include "authoring/locale_rules.hpp"

namespace kiosk::authoring {
namespace {

// How many items of a language's gaps are named in its warning.
constexpr std::size_t kItemsNamed = 5;

struct Kind {
  const char* one;
  const char* many;
};

constexpr std::array<Kind, 7> kKinds{{
    {"entity name", "entity names"},
    {"source", "sources"},
    {"fact", "facts"},
    {"quote", "quotes"},
    {"card", "cards"},
    {"\"sources differ\" line", "\"sources differ\" lines"},
    {"question", "questions"},
}};

enum class KindIndex { Entity, Source, Fact, Quote, Card, Difference, Question };

// The items of one language's gaps: per kind a count, and the first few named.
class LanguageGaps {
 public:
  LanguageGaps(const std::string& language, const TranslationGaps& gaps)
      : language_(language), gaps_(gaps) {}

  void add(KindIndex kind, const std::string& item) {
    ++counts_[static_cast<std::size_t>(kind)];
    ++total_;
    if (named_.size() == kItemsNamed) return;
    const std::string why = gaps_.why(language_, item);
    named_.push_back(why.empty() ? item : item + " (" + why + ")");
  }

  std::string message(const std::string& default_language) const {
    std::string counted;
    std::vector<std::string> parts;
    for (std::size_t k = 0; k < kKinds.size(); ++k) {
      if (counts_[k] == 0) continue;
      parts.push_back(std::to_string(counts_[k]) + " " +
                      (counts_[k] == 1 ? kKinds[k].one : kKinds[k].many));
    }
    for (std::size_t i = 0; i < parts.size(); ++i) {
      counted += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    }
    std::string items;
    for (const std::string& item : named_) items += (items.empty() ? "" : ", ") + item;
    if (total_ > named_.size()) items += " and " + std::to_string(total_ - named_.size()) + " more";
    return language_ + ": " + counted + (total_ == 1 ? " has" : " have") + " no " +
           language_name_in_english(language_) + " text; " + (total_ == 1 ? "it is" : "they are") +
           " shown in " + language_name_in_english(default_language) + ": " + items;
  }

  bool empty() const { return total_ == 0; }

 private:
  const std::string& language_;
  const TranslationGaps& gaps_;
  std::array<std::size_t, kKinds.size()> counts_{};
  std::size_t total_ = 0;
  std::vector<std::string> named_;
};

bool lacks(const model::LocalText& text, const std::string& language) {
  return !text.empty() && !text.contains(language);
}

void count_written(const model::Content& c, const std::string& l, LanguageGaps& gaps) {
  for (const model::Entity& e : c.entities) {
    if (lacks(e.name, l) || lacks(e.role, l)) gaps.add(KindIndex::Entity, "entity '" + e.id + "'");
  }
  for (const model::Source& s : c.sources) {
    if (lacks(s.title, l)) gaps.add(KindIndex::Source, "source '" + s.id + "'");
  }
  for (const model::Quote& q : c.quotes) {
    if (lacks(q.words, l) || lacks(q.context, l))
      gaps.add(KindIndex::Quote, "quote '" + q.id + "'");
  }
  for (const model::Card& card : c.cards) {
    if (lacks(card.title, l) || lacks(card.body, l)) {
      gaps.add(KindIndex::Card, "card '" + card.id + "'");
    }
  }
}

void count_generated(const model::Content& c, const std::string& l, LanguageGaps& gaps) {
  for (const model::Fact& f : c.facts) {
    if (lacks(f.sentence, l)) gaps.add(KindIndex::Fact, "fact '" + f.id + "'");
  }
  for (const model::Card& card : c.cards) {
    if (!card.differences.empty() && !card.differences.contains(l)) {
      gaps.add(KindIndex::Difference, "card '" + card.id + "' \"sources differ\"");
    }
  }
  for (const model::GeneratedQuestion& q : c.questions) {
    if (lacks(q.prompt, l)) gaps.add(KindIndex::Question, "question '" + q.id + "'");
  }
}

}  // namespace

void TranslationGaps::record(const std::string& language, const std::string& item,
                             const std::string& what) {
  gaps_.emplace(std::pair{language, item}, what);
}

std::string TranslationGaps::why(const std::string& language, const std::string& item) const {
  const auto found = gaps_.find({language, item});
  return found == gaps_.end() ? std::string() : found->second;
}

void report_translation_gaps(const model::Content& content, const TranslationGaps& gaps,
                             Diagnostics& out) {
  for (const std::string& language : content.meta.languages) {
    if (language == content.meta.default_language) continue;
    LanguageGaps missing(language, gaps);
    count_written(content, language, missing);
    count_generated(content, language, missing);
    if (missing.empty()) continue;
    out.warning(content.meta.origin.file, content.meta.origin.line,
                missing.message(content.meta.default_language));
  }
}

}  // namespace kiosk::authoring
