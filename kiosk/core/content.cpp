// Question kind names and the in-memory content library.
#include "core/content.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace kiosk {
namespace {

constexpr std::array<std::pair<QuestionKind, std::string_view>, 7> kKindNames{{
    {QuestionKind::Who, "who"},
    {QuestionKind::What, "what"},
    {QuestionKind::When, "when"},
    {QuestionKind::Where, "where"},
    {QuestionKind::HowMany, "how_many"},
    {QuestionKind::WhoSaid, "who_said"},
    {QuestionKind::TrueFalse, "true_false"},
}};

template <typename T>
std::optional<T> item_at(const std::vector<T>& items, int index) {
  if (index < 0 || index >= static_cast<int>(items.size())) return std::nullopt;
  return items[static_cast<std::size_t>(index)];
}

}  // namespace

std::string_view kind_name(QuestionKind kind) {
  for (const auto& [k, name] : kKindNames) {
    if (k == kind) return name;
  }
  return "?";
}

std::optional<QuestionKind> kind_from_name(std::string_view name) {
  for (const auto& [k, n] : kKindNames) {
    if (n == name) return k;
  }
  return std::nullopt;
}

MemoryLibrary::MemoryLibrary(ContentMeta meta, std::vector<Card> cards,
                             std::vector<Question> questions, std::vector<std::string> highlights)
    : meta_(std::move(meta)),
      cards_(std::move(cards)),
      questions_(std::move(questions)),
      highlights_(std::move(highlights)) {}

int MemoryLibrary::approved_question_count() const {
  return static_cast<int>(std::count_if(questions_.begin(), questions_.end(),
                                        [](const Question& q) { return q.approved; }));
}

std::optional<Card> MemoryLibrary::card(int index) const { return item_at(cards_, index); }

std::optional<Question> MemoryLibrary::question(int index) const {
  return item_at(questions_, index);
}

std::optional<std::string> MemoryLibrary::highlight(int index) const {
  return item_at(highlights_, index);
}

std::vector<int> MemoryLibrary::questions_of_card(int index) const {
  std::vector<int> out;
  for (std::size_t i = 0; i < questions_.size(); ++i) {
    if (questions_[i].card == index) out.push_back(static_cast<int>(i));
  }
  return out;
}

std::vector<LanguageChoice> MemoryLibrary::languages() const {
  if (!languages_.empty()) return languages_;
  const std::string code = meta_.language.empty() ? "en" : meta_.language;
  return {{code, code}};
}

void MemoryLibrary::set_language(const std::string& code) {
  for (const LanguageChoice& l : languages()) {
    if (l.code == code) meta_.language = code;
  }
}

std::vector<UiRow> MemoryLibrary::ui_rows(const std::string& code) const {
  const auto found = ui_.find(code);
  return found == ui_.end() ? std::vector<UiRow>{} : found->second;
}

std::vector<std::string> MemoryLibrary::plural_forms(const std::string& code) const {
  const auto found = plurals_.find(code);
  return found == plurals_.end() ? std::vector<std::string>{} : found->second;
}

void MemoryLibrary::add_languages(std::vector<LanguageChoice> languages,
                                  std::map<std::string, std::vector<UiRow>> ui,
                                  std::map<std::string, std::vector<std::string>> plurals) {
  languages_ = std::move(languages);
  ui_ = std::move(ui);
  plurals_ = std::move(plurals);
}

void MemoryLibrary::add_speech(const std::string& language, const std::string& text,
                               SpeechClip clip) {
  speech_[{language, text}] = std::move(clip);
}

std::optional<SpeechClip> MemoryLibrary::speech(const std::string& language,
                                                const std::string& text) const {
  const auto found = speech_.find({language, text});
  if (found == speech_.end()) return std::nullopt;
  ++clips_loaded_;
  return found->second;
}

bool MemoryLibrary::speaks(const std::string& language, const std::string& text) const {
  return speech_.count({language, text}) > 0;
}

}  // namespace kiosk
