// The kiosk's own words in the visitor's language: falling back to the default language, then
// to the English of core/ui_text, never to an empty label or a key.
#include "core/words.hpp"

#include <doctest/doctest.h>

#include <set>

#include "support/support.hpp"

using namespace kiosk;

namespace {

// The sample library offering English and Russian, with a few Russian interface texts.
MemoryLibrary bilingual(std::vector<UiRow> russian, std::vector<UiRow> english = {}) {
  MemoryLibrary library = test::sample_library(4, 2);
  library.add_languages({{"en", "English"}, {"ru", "Русский"}},
                        {{"en", std::move(english)}, {"ru", std::move(russian)}});
  return library;
}

}  // namespace

TEST_CASE("every interface key has a distinct key name and non-empty English") {
  std::set<std::string_view> keys;
  for (std::size_t i = 0; i < kUiEntries.size(); ++i) {
    const UiEntry& e = kUiEntries[i];
    CAPTURE(e.key);
    CHECK(static_cast<std::size_t>(e.id) == i);  // in the order of the enum
    CHECK(keys.insert(e.key).second);
    CHECK_FALSE(e.english.empty());
    CHECK((e.plural == UiPlural::Yes) == !e.english_one.empty());
    CHECK(ui_from_key(e.key) == e.id);
  }
  CHECK_FALSE(ui_from_key("no_such_key"));
}

TEST_CASE("without content the words are the English of the key list") {
  const Words words;
  CHECK(words(Ui::StillThere) == "Still there?");
  CHECK(words.count(Ui::StartingOver, 1) == "Starting over in 1 second");
  CHECK(words.count(Ui::StartingOver, 7) == "Starting over in 7 seconds");
}

TEST_CASE("the visitor's language is used where the file gives it, English elsewhere") {
  const MemoryLibrary library = bilingual({{"still_there", "", "Вы ещё здесь?"}});
  const Words words(library, "ru", "en");
  CHECK(words(Ui::StillThere) == "Вы ещё здесь?");
  CHECK(words(Ui::StillHere) == "I need more time");  // not translated: English, never a key
}

TEST_CASE("the file's default language comes before the built-in English") {
  const MemoryLibrary library = bilingual({}, {{"home", "", "Main menu"}});
  const Words words(library, "ru", "en");
  CHECK(words(Ui::Home) == "Main menu");
}

TEST_CASE("an empty text in the file is passed over, never shown") {
  const MemoryLibrary library = bilingual({{"home", "", ""}});
  CHECK(Words(library, "ru", "en")(Ui::Home) == "Home");
}

// Russian's rule for 0..29, as the builder writes it from ICU.
std::vector<std::string> russian_plurals() {
  std::vector<std::string> forms;
  for (int n = 0; n < 30; ++n) {
    const int last = n % 10;
    const bool teen = n % 100 >= 11 && n % 100 <= 14;
    forms.emplace_back(last == 1 && !teen ? "one"
                                          : (last >= 2 && last <= 4 && !teen ? "few" : "many"));
  }
  return forms;
}

TEST_CASE("counts take the language's plural form from the file's table") {
  MemoryLibrary library = test::sample_library(4, 2);
  library.add_languages({{"en", "English"}, {"ru", "Русский"}},
                        {{"ru",
                          {{"quiz_note", "one", "{n} вопрос о событиях"},
                           {"quiz_note", "few", "{n} вопроса о событиях"},
                           {"quiz_note", "many", "{n} вопросов о событиях"},
                           {"quiz_note", "other", "{n} вопроса о событиях"}}}},
                        {{"ru", russian_plurals()}});
  const Words words(library, "ru", "en");
  CHECK(words.count(Ui::QuizNote, 1) == "1 вопрос о событиях");
  CHECK(words.count(Ui::QuizNote, 2) == "2 вопроса о событиях");
  CHECK(words.count(Ui::QuizNote, 5) == "5 вопросов о событиях");
  CHECK(words.count(Ui::QuizNote, 11) == "11 вопросов о событиях");
  CHECK(words.count(Ui::QuizNote, 21) == "21 вопрос о событиях");
  // Beyond the table: "other".
  CHECK(words.count(Ui::QuizNote, 500) == "500 вопроса о событиях");
}

TEST_CASE("a plural text without its other form is ignored for that language") {
  const MemoryLibrary library = bilingual({{"quiz_note", "one", "{n} вопрос"}});
  CHECK(Words(library, "ru", "en").count(Ui::QuizNote, 5) == "5 questions on the events");
}

TEST_CASE("placeholders are filled, each wherever it appears") {
  const Words words;
  CHECK(words.fill(Ui::QuestionPosition, {{"n", "2"}, {"total", "5"}}) == "Question 2 / 5");
  CHECK(fill_placeholders("{a}{a} {b} {c}", {{"a", "x"}, {"b", "{a}"}}) == "xx {a} {c}");
}

TEST_CASE("answer letters and quotation marks come from the language's texts") {
  const MemoryLibrary library =
      bilingual({{"answer_letters", "", "А Б В Г Д Е"}, {"quote_marks", "", "\u00AB \u00BB"}});
  const Words words(library, "ru", "en");
  CHECK(words.item(Ui::AnswerLetters, 1) == "Б");
  CHECK(words.item(Ui::AnswerLetters, 9).empty());
  CHECK(words.quoted("слово") == "\u00ABслово\u00BB");
  CHECK(Words().quoted("word") == "\u201Cword\u201D");
}

TEST_CASE(
    "with no content the unavailable screen speaks the kiosk's language from built-in words") {
  CHECK(Words("ru")(Ui::UnavailableTitle) == "Материалы недоступны");
  CHECK(Words("be")(Ui::LoadingTitle) == "Хвілінку\u2026");
  CHECK(Words("de")(Ui::UnavailableTitle) == "Content unavailable");
  CHECK(Words("ru")(Ui::Quiz) == "Quiz");  // only those screens' words are built in
}
