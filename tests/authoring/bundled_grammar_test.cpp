// The bundled content in Russian and Belarusian reads as the translator wrote it should:
// every relation's sentences and questions, filled for men and women and for names of every
// gender, checked against db/content/GRAMMAR-CHECK.md; the answers; the whole bank translated.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <sstream>

#include "authoring/build.hpp"
#include "authoring/local_wording.hpp"
#include "support/support.hpp"

using namespace kiosk;
using namespace kiosk::authoring;

namespace {

const BuildResult& bundled() {
  static const BuildResult r = build_content(
      {test::bundled_content_dir(), "", "2026-01-01T00:00:00Z", Approval::NotApplied});
  return r;
}

const LocalWording& wording() {
  static const LocalWording w(bundled().content);
  return w;
}

// One row of a table in GRAMMAR-CHECK.md, under its "## section" heading.
struct Row {
  std::string section;
  std::vector<std::string> cells;
};

std::vector<std::string> cells_of(const std::string& line) {
  std::vector<std::string> cells;
  std::string rest = line.substr(2, line.size() - 4);  // without "| " and " |"
  for (std::size_t bar = rest.find(" | "); bar != std::string::npos; bar = rest.find(" | ")) {
    cells.push_back(rest.substr(0, bar));
    rest = rest.substr(bar + 3);
  }
  cells.push_back(rest);
  return cells;
}

std::vector<Row> grammar_check_rows() {
  std::istringstream in(test::read_text(test::bundled_content_dir() + "/GRAMMAR-CHECK.md"));
  std::vector<Row> rows;
  std::string section;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("## ", 0) == 0) section = line.substr(3);
    if (line.rfind("| ", 0) != 0 || line.rfind("| ---", 0) == 0) continue;
    std::vector<std::string> cells = cells_of(line);
    if (cells[0] == "fact" || cells[0] == "relation") continue;  // a table's heading
    rows.push_back({section, std::move(cells)});
  }
  return rows;
}

const model::Fact& fact(const std::string& id) {
  const model::Fact* f = wording().index().fact(id);
  REQUIRE_MESSAGE(f != nullptr, id);
  return *f;
}

const model::Fact& first_fact_of(const std::string& relation) {
  for (const model::Fact& f : bundled().content.facts) {
    if (f.relation == relation) return f;
  }
  FAIL("no fact of relation " << relation);
  return bundled().content.facts.front();
}

const model::LocalText& template_of(const std::string& relation, const std::string& which) {
  const model::Relation* r = wording().index().relation(relation);
  REQUIRE_MESSAGE(r != nullptr, relation);
  if (which == "ask_subject") return r->ask_subject;
  if (which == "ask_value") return r->ask_value;
  return r->statement;
}

std::string filled(const std::string& which, const model::Fact& f, const std::string& lang) {
  const Made made = wording().fill_fact(template_of(f.relation, which), which, f, lang);
  REQUIRE_MESSAGE(made.text.has_value(), made.missing);
  return *made.text;
}

// GRAMMAR-CHECK.md as the builder writes it. Where the two differ, the builder is right:
// "(дата выведена)" is written by interface.toml's date_inferred, «г.» follows a year after
// ICU's narrow no-break space, «2024 г..» is the double full stop the translator asked the
// builder to avoid, and a Belarusian month has no «г.» in ICU's pattern. (Month dates stay in
// the nominative inside a sentence; only ohara-arrival-date has one, and it has its own
// sentence.)
std::string as_built(std::string text) {
  const auto replace = [&](const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
      text.replace(at, from.size(), to);
      at += to.size();
    }
  };
  replace("(дата выведена)", "(дата по контексту)");
  replace("(дата выведзена)", "(дата паводле кантэксту)");
  replace("верасень 2023 г..", "верасень 2023.");
  replace("г..", "г.");
  for (const std::string year : {"2022", "2023", "2024"}) replace(year + " г.", year + "\u202Fг.");
  return text;
}

// The fact a row of a fact's table reads: the fact, or its false variant ("false: moscow").
model::Fact fact_of_row(const model::Fact& f, const std::string& kind) {
  model::Fact variant = f;
  if (kind.rfind("false: ", 0) != 0) return variant;
  const std::string value = kind.substr(7);
  if (f.number) {
    variant.number = std::stod(value);
  } else {
    variant.object = value;
  }
  return variant;
}

// What the builder makes of a row of a fact's table in `lang`.
std::string made_for(const Row& row, const std::string& lang) {
  const model::Fact& f = fact(row.cells[0]);
  const std::string& kind = row.cells[1];
  if (kind == "statement" || kind == "override") return f.sentence.at(lang);
  if (kind == "statement (unused: override)") return filled("statement", f, lang);
  if (kind == "ask_subject" || kind == "ask_value") return filled(kind, f, lang);
  return filled("statement", fact_of_row(f, kind), lang);  // "false: ..."
}

// The relation's first fact with one slot given to another entity: "subject=novitsky (m)".
model::Fact agreement_fact(const Row& row) {
  model::Fact f = first_fact_of(row.cells[0]);
  const std::string& slot = row.cells[2];
  const std::size_t equals = slot.find('=');
  const std::string entity = slot.substr(equals + 1, slot.find(' ') - equals - 1);
  (slot.substr(0, equals) == "subject" ? f.subject : f.object) = entity;
  return f;
}

std::optional<model::Gender> gender_in(const std::string& id, const std::string& lang) {
  const model::Entity* e = wording().index().entity(id);
  if (e == nullptr) return std::nullopt;
  const auto own = e->gender_in.find(lang);
  return own != e->gender_in.end() ? std::optional(own->second) : e->gender;
}

// The genders of the names a checked sentence of each relation holds, per language.
using Genders = std::map<std::string, std::set<model::Gender>>;  // "relation|lang" -> genders

void note_genders(Genders& seen, const model::Fact& f, const std::string& lang) {
  for (const std::string* id : {&f.subject, &f.object, &f.qualifier}) {
    if (const auto g = gender_in(*id, lang)) seen[f.relation + "|" + lang].insert(*g);
  }
}

// Sentences GRAMMAR-CHECK.md has no man's or no woman's name in (it fills these relations only
// with plural or feminine names, or only with masculine and neuter ones): the relation's first
// fact with its subject, and its object when given, taken by another entity.
struct Extra {
  const char* relation;
  const char* subject;
  const char* object;  // "" to keep the fact's
  const char* ru;
  const char* be;
};

const Extra kExtras[] = {
    {"first_day_lasted", "cis-summit-2022", "",
     "В первый день саммит Содружества Независимых Государств в декабре 2022 года длился около "
     "4 часов.",
     "У першы дзень саміт Садружнасці Незалежных Дзяржаў у снежні 2022 года доўжыўся каля 4 "
     "гадзін."},
    {"first_day_lasted", "visiting-expedition-21", "",
     "В первый день 21-я экспедиция посещения Международной космической станции длилась около 4 "
     "часов.",
     "У першы дзень 21-я экспедыцыя наведвання Міжнароднай касмічнай станцыі доўжылася каля 4 "
     "гадзін."},
    {"commitment_to_finish", "cis-summit-2022", "tractor",
     "На саммите Содружества Независимых Государств в декабре 2022 года Россия обязалась "
     "достроить трактор.",
     "На саміце Садружнасці Незалежных Дзяржаў у снежні 2022 года Расія абавязалася дабудаваць "
     "трактар."},
    {"first_crew_of", "star-city-visit-2022", "",
     "Во время визита в Центр подготовки космонавтов имени Юрия Гагарина в декабре 2022 года на "
     "станции впервые работал экипаж Союзного государства России и Беларуси.",
     "Падчас візіту ў Цэнтр падрыхтоўкі касманаўтаў імя Юрыя Гагарына ў снежні 2022 года на "
     "станцыі ўпершыню працаваў экіпаж Саюзнай дзяржавы Расіі і Беларусі."},
    {"located_in", "iss", "", "Международная космическая станция находится в Звёздном городке.",
     "Міжнародная касмічная станцыя знаходзіцца ў Зорным гарадку."},
};

model::Fact extra_fact(const Extra& extra) {
  model::Fact f = first_fact_of(extra.relation);
  f.subject = extra.subject;
  if (*extra.object != '\0') f.object = extra.object;
  return f;
}

}  // namespace

TEST_CASE(
    "every fact's sentences and questions read in Russian and Belarusian as GRAMMAR-CHECK.md "
    "has them") {
  REQUIRE(bundled().ok());
  int checked = 0;
  for (const Row& row : grammar_check_rows()) {
    if (row.cells.size() != 4 || row.cells[1] == "answer") continue;  // answers: next test
    for (const auto& [lang, column] : {std::pair{"ru", 2}, std::pair{"be", 3}}) {
      CAPTURE(row.cells[0]);
      CAPTURE(row.cells[1]);
      CHECK(made_for(row, lang) == as_built(row.cells[static_cast<std::size_t>(column)]));
      ++checked;
    }
  }
  CHECK(checked > 250);
}

TEST_CASE(
    "every template agrees with men and women and with names of every gender as "
    "GRAMMAR-CHECK.md has it") {
  int checked = 0;
  for (const Row& row : grammar_check_rows()) {
    if (row.cells.size() != 5) continue;
    const model::Fact f = agreement_fact(row);
    for (const auto& [lang, column] : {std::pair{"ru", 3}, std::pair{"be", 4}}) {
      CAPTURE(row.cells[0]);
      CAPTURE(row.cells[2]);
      CHECK(filled(row.cells[1], f, lang) == as_built(row.cells[static_cast<std::size_t>(column)]));
      ++checked;
    }
  }
  CHECK(checked > 100);
}

TEST_CASE(
    "for every relation, a sentence about a man and one about a woman are among those "
    "checked, in Russian and in Belarusian") {
  Genders seen;
  for (const Row& row : grammar_check_rows()) {
    for (const std::string lang : {"ru", "be"}) {
      if (row.cells.size() == 5) note_genders(seen, agreement_fact(row), lang);
      if (row.cells.size() == 4 && row.cells[1] != "answer") {
        note_genders(seen, fact_of_row(fact(row.cells[0]), row.cells[1]), lang);
      }
    }
  }
  for (const Extra& extra : kExtras) {
    for (const std::string lang : {"ru", "be"}) note_genders(seen, extra_fact(extra), lang);
  }
  for (const model::Relation& r : bundled().content.relations) {
    for (const std::string lang : {"ru", "be"}) {
      CAPTURE(r.id);
      CAPTURE(lang);
      const std::set<model::Gender>& genders = seen[r.id + "|" + lang];
      CHECK(genders.contains(model::Gender::Masculine));
      CHECK(genders.contains(model::Gender::Feminine));
    }
  }
}

TEST_CASE(
    "the relations GRAMMAR-CHECK.md fills with names of one gender read right with the "
    "other") {
  for (const Extra& extra : kExtras) {
    CAPTURE(extra.relation);
    CAPTURE(extra.subject);
    const model::Fact f = extra_fact(extra);
    CHECK(filled("statement", f, "ru") == extra.ru);
    CHECK(filled("statement", f, "be") == extra.be);
  }
}

TEST_CASE(
    "answers in Russian and Belarusian start with a capital; a date answer leaves out an "
    "inferred year, as in English") {
  const auto answer = [](const model::GeneratedQuestion& q, const std::string& lang) {
    return q.choices.front().text.at(lang);
  };
  std::map<std::string, const model::GeneratedQuestion*> questions;
  for (const auto& q : bundled().content.questions) questions[q.id] = &q;
  REQUIRE(questions.contains("how_many:expedition-length:value"));
  const model::GeneratedQuestion& length = *questions["how_many:expedition-length:value"];
  CHECK(answer(length, "ru") == "Около 2 недель");
  CHECK(answer(length, "be") == "Каля 2 тыдняў");
  CHECK(length.choices[1].text.at("ru") == "Около недели");
  CHECK(length.choices[1].text.at("be") == "Каля тыдня");
  CHECK(length.choices[1].text.at("en") == "About 1 week");
  CHECK(answer(length, "en") == "About 2 weeks");
  REQUIRE(questions.contains("when:ohara-arrival-date:value"));
  // "When?" is answered "in September 2023", in the prepositional.
  CHECK(answer(*questions["when:ohara-arrival-date:value"], "ru") == "В сентябре 2023 года");
  CHECK(answer(*questions["when:ohara-arrival-date:value"], "be") == "У верасні 2023 года");
  CHECK(answer(*questions["when:ohara-arrival-date:value"], "en") == "September 2023");
  REQUIRE(questions.contains("when:vasilevskaya-arrival-date:value"));
  const model::GeneratedQuestion& arrival = *questions["when:vasilevskaya-arrival-date:value"];
  CHECK(answer(arrival, "ru") == "25 марта");
  CHECK(answer(arrival, "be") == "25 сакавіка");
  CHECK(answer(arrival, "en") == "March 25");
  CHECK(arrival.choices[1].text.at("ru").ends_with(" марта"));
  REQUIRE(questions.contains("what:supreme-state-council-place:subject"));
  CHECK(answer(*questions["what:supreme-state-council-place:subject"], "ru") ==
        "Заседание Высшего Государственного Совета в январе 2024 года");
}

TEST_CASE(
    "the bundled bank is whole in Russian and in Belarusian, and the build warns of no "
    "missing translation") {
  const BuildResult& r = bundled();
  REQUIRE(r.ok());
  for (const model::GeneratedQuestion& q : r.content.questions) {
    for (const std::string lang : {"ru", "be"}) {
      CAPTURE(q.id);
      CHECK(q.prompt.contains(lang));
      CHECK(q.explanation.contains(lang));
      for (const model::GeneratedChoice& c : q.choices) CHECK(c.text.contains(lang));
    }
  }
  for (const Diagnostic& d : r.diagnostics.all())
    CHECK_MESSAGE(d.severity != Severity::Warning, format(d));
}

TEST_CASE(
    "who said it is explained agreeing with the speaker, and true or false in the "
    "language's words") {
  std::map<std::string, const model::GeneratedQuestion*> questions;
  for (const auto& q : bundled().content.questions) questions[q.id] = &q;
  REQUIRE(questions.contains("who_said:lukashenko-baked-this-morning"));
  const model::GeneratedQuestion& said = *questions["who_said:lukashenko-baked-this-morning"];
  CHECK(said.prompt.at("ru") ==
        "Кто это сказал? «Это испекли сегодня утром» (наш перевод с английского)");
  CHECK(said.explanation.at("be") ==
        "Аляксандр Лукашэнка, прэзідэнт Беларусі, сказаў гэта пры ўручэнні Юрыю Барысаву "
        "свежаспечанага хлеба ў Зорным гарадку ў снежні 2022 года.");
  const model::Entity& marina = *wording().index().entity("vasilevskaya");
  const Made woman =
      wording().phrase(Phrase::WhoSaidExplained, "ru",
                       {{"speaker", wording().entity_slot(marina, "ru")},
                        {"role", plain_slot("первый космонавт независимой Беларуси")},
                        {"context", plain_slot("в апреле 2024 года")}});
  CHECK(woman.text.value_or("") ==
        "Марина Василевская, первый космонавт независимой Беларуси, сказала это в апреле 2024 "
        "года.");
  REQUIRE(questions.contains("true_false:expedition-length"));
  const model::GeneratedQuestion& tf = *questions["true_false:expedition-length"];
  CHECK(tf.prompt.at("ru") ==
        "Верно или неверно? 21-я экспедиция посещения Международной космической станции длилась "
        "около недели.");
  CHECK(tf.explanation.at("be") ==
        "Няпраўда. 21-я экспедыцыя наведвання Міжнароднай касмічнай станцыі доўжылася каля 2 "
        "тыдняў.");
  CHECK(tf.choices[0].text.at("be") == "Праўда");
}

TEST_CASE("cards, sources and disputes carry their labels in each language") {
  const model::Content& c = bundled().content;
  std::map<std::string, const model::Card*> cards;
  for (const auto& card : c.cards) cards[card.id] = &card;
  const model::Card& minsk = *cards.at("putin-in-minsk");
  CHECK(minsk.date_label.at("ru") == "Декабрь 2022\u202Fг. (дата по контексту)");
  CHECK(minsk.date_label.at("en") == "December 2022 (date inferred)");
  CHECK(minsk.timeline_date.at("ru") == "Дек. 2022\u202Fг.");
  CHECK(minsk.timeline_date.at("en") == "Dec 2022");
  const model::Card& talks = *cards.at("moscow-talks");
  CHECK(talks.date_label.at("be") == "11 красавіка 2024\u202Fг. (год паводле кантэксту)");
  CHECK(talks.timeline_date.at("ru") == "11 апр. 2024\u202Fг.");
  const model::Card& gift = *cards.at("salo-or-oil");
  CHECK(gift.differences.at("ru") ==
        std::vector<std::string>{
            "DEA News: Кроме хлеба, Александр Лукашенко подарил Юрию Борисову бутылку масла.",
            "Newsweek: Кроме хлеба, Александр Лукашенко подарил Юрию Борисову сало."});
  const model::Source& tass = *wording().index().source("tass");
  CHECK(tass.label.at("ru") ==
        "ТАСС, 11 апреля 2024\u202Fг. (год по контексту)");  // the outlet as Russian names it
  CHECK(tass.label.at("en") == "TASS, April 11, 2024 (year inferred)");
}

TEST_CASE("a quote asked in Russian or Belarusian says the words are our translation") {
  const model::GeneratedQuestion* asked = nullptr;
  for (const model::GeneratedQuestion& q : bundled().content.questions) {
    if (q.id == "who_said:lukashenko-baked-this-morning") asked = &q;
  }
  REQUIRE(asked != nullptr);
  // Reported in English: the English prompt quotes the report as it is.
  CHECK(asked->prompt.at("en") == "Who said this? \u201Cthis was baked this morning\u201D");
  CHECK(asked->prompt.at("ru") ==
        "Кто это сказал? «Это испекли сегодня утром» (наш перевод с английского)");
  CHECK(asked->prompt.at("be") ==
        "Хто гэта сказаў? «Гэта спяклі сёння раніцай» (наш пераклад з англійскай)");
}

TEST_CASE("no Russian or Belarusian quote puts a full stop inside its « »") {
  for (const model::Quote& quote : bundled().content.quotes) {
    for (const std::string lang : {"ru", "be"}) {
      CAPTURE(quote.id);
      CAPTURE(lang);
      const std::string& words = quote.words.at(lang);
      REQUIRE_FALSE(words.empty());
      const bool ellipsis = words.ends_with("...") || words.ends_with("\u2026");
      CHECK((ellipsis || !words.ends_with(".")));
    }
  }
}
