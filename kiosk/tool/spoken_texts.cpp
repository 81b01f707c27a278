// Collecting the texts to speak from a written database, through the kiosk's own reader.
#include "tool/spoken_texts.hpp"

#include <set>
#include <string>
#include <utility>

#include "core/words.hpp"

namespace kiosk::tool {

namespace {

// Texts of one language, each once, in the order first met.
class TextList {
 public:
  TextList(std::string language, std::vector<SpokenText>& out)
      : language_(std::move(language)), out_(out) {}
  void add(const std::string& text) {
    if (text.empty() || !seen_.insert(text).second) return;
    out_.push_back(SpokenText{language_, text});
  }

 private:
  std::string language_;
  std::vector<SpokenText>& out_;
  std::set<std::string> seen_;
};

void add_items(const ContentLibrary& library, TextList& list) {
  for (int i = 0; i < library.card_count(); ++i) {
    const std::optional<Card> card = library.card(i);
    if (!card) continue;
    list.add(card->title);
    list.add(card->date_label);
    list.add(card->body);
    if (card->quote) {
      list.add(card->quote->words);
      list.add(card->quote->speaker);
    }
  }
  for (int i = 0; i < library.question_count(); ++i) {
    const std::optional<Question> question = library.question(i);
    if (!question) continue;
    list.add(question->prompt);
    for (const Choice& choice : question->choices) list.add(choice.text);
    list.add(question->explanation);
  }
}

// The kiosk's words a screen reads aloud, filled as the screens fill them.
void add_words(const Words& words, TextList& list) {
  for (int n = 0; !words.item(Ui::AnswerLetters, n).empty(); ++n) {
    list.add(words.item(Ui::AnswerLetters, n));
  }
  for (const Ui id : {Ui::Correct, Ui::NotQuite, Ui::YouScored, Ui::PerfectScore, Ui::WellDone,
                      Ui::GoodTry, Ui::EveryQuestion}) {
    list.add(words(id));
  }
  constexpr int kLongestRound = 10;
  for (int total = 1; total <= kLongestRound; ++total) {
    for (int n = 0; n <= total; ++n) {
      list.add(words.fill(Ui::Score, {{"n", std::to_string(n)}, {"total", std::to_string(total)}}));
    }
  }
}

}  // namespace

std::vector<SpokenText> spoken_texts(ContentLibrary& library) {
  std::vector<SpokenText> out;
  const std::vector<LanguageChoice> languages = library.languages();
  const std::string fallback = library.meta().default_language.empty() && !languages.empty()
                                   ? languages.front().code
                                   : library.meta().default_language;
  for (const LanguageChoice& language : languages) {
    library.set_language(language.code);
    TextList list(language.code, out);
    add_items(library, list);
    add_words(Words(library, language.code, fallback), list);
  }
  if (!fallback.empty()) library.set_language(fallback);
  return out;
}

}  // namespace kiosk::tool
