// Templates with grammar: names in their cases, words agreeing with a name's gender, and the
// checks that report a template's mistakes.
#include "authoring/grammar.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace kiosk;
using namespace kiosk::authoring;
using model::Gender;
using model::GrammaticalCase;

namespace {

SlotFill marina() {
  return {"Марина Василевская",
          {{GrammaticalCase::Accusative, "Марину Василевскую"},
           {GrammaticalCase::Instrumental, "Мариной Василевской"}},
          Gender::Feminine,
          "entity 'vasilevskaya'"};
}

SlotFill oleg() {
  return {"Олег Новицкий",
          {{GrammaticalCase::Instrumental, "Олегом Новицким"}},
          Gender::Masculine,
          "entity 'novitsky'"};
}

SlotFill named(std::string name, Gender gender) {
  return {std::move(name), {}, gender, "entity 'x'"};
}

std::string filled(const std::string& pattern, const SlotFills& fills) {
  const Made made = fill_template(pattern, fills, "ru");
  REQUIRE_MESSAGE(made.text.has_value(), made.missing);
  return *made.text;
}

const SlotKinds kFactSlots{{"subject", SlotKind::Entity},
                           {"object", SlotKind::Entity},
                           {"qualifier", SlotKind::Entity},
                           {"value", SlotKind::Text}};

}  // namespace

TEST_CASE("a slot with a case takes that case form of the name") {
  CHECK(filled("{subject} {subject|встретился|встретилась} с {object:ins}.",
               {{"subject", oleg()}, {"object", marina()}}) ==
        "Олег Новицкий встретился с Мариной Василевской.");
}

TEST_CASE("a case form the name does not give reads as the nominative") {
  // «Союз МС-25» does not decline, so its entity gives no forms.
  const SlotFill soyuz{"«Союз МС-25»", {}, Gender::Masculine, "entity 'soyuz-ms-25'"};
  CHECK(filled("на корабле {object:loc}", {{"object", soyuz}}) == "на корабле «Союз МС-25»");
  CHECK(filled("{object:nom}", {{"object", marina()}}) == "Марина Василевская");
}

TEST_CASE("a word agrees with its slot's gender, the object's as well as the subject's") {
  const std::string pattern = "обсуждал{object|ся|ась|ось|ись} {object}";
  CHECK(filled(pattern, {{"object", named("трактор", Gender::Masculine)}}) == "обсуждался трактор");
  CHECK(filled(pattern, {{"object", named("бутылка масла", Gender::Feminine)}}) ==
        "обсуждалась бутылка масла");
  CHECK(filled(pattern, {{"object", named("сало", Gender::Neuter)}}) == "обсуждалось сало");
  CHECK(filled(pattern, {{"object", named("вопросы", Gender::Plural)}}) == "обсуждались вопросы");
  CHECK(filled("{subject} {subject|прибыл|прибыла}", {{"subject", marina()}}) ==
        "Марина Василевская прибыла");
}

TEST_CASE("an agreement with a name of no gender is not made, and says what is missing") {
  SlotFill nameless = marina();
  nameless.gender.reset();
  const Made made = fill_template("{subject|прибыл|прибыла}", {{"subject", nameless}}, "ru");
  CHECK_FALSE(made.text.has_value());
  CHECK(made.missing == "entity 'vasilevskaya' has no gender in 'ru'");
}

TEST_CASE("an agreement without the form a gender needs is not made, and says which") {
  const Made made =
      fill_template("{subject|прибыл|прибыла}", {{"subject", named("НАСА", Gender::Neuter)}}, "ru");
  CHECK_FALSE(made.text.has_value());
  CHECK(made.missing == "'{subject|прибыл|прибыла}' gives no neuter form, which entity 'x' needs");
}

TEST_CASE("a date that ends in a full stop ends its sentence with one full stop, not two") {
  CHECK(filled("{subject} {subject|прибыл|прибыла} {value}.",
               {{"subject", marina()}, {"value", plain_slot("25 марта 2024 г.")}}) ==
        "Марина Василевская прибыла 25 марта 2024 г.");
  CHECK(filled("{value}, потом", {{"value", plain_slot("2024 г.")}}) == "2024 г., потом");
}

TEST_CASE("a slot filled with nothing takes the space before it along") {
  CHECK(filled("{speaker} said this {context}.",
               {{"speaker", plain_slot("Ada Lind")}, {"context", plain_slot("")}}) ==
        "Ada Lind said this.");
}

TEST_CASE("a slot that is not filled stays as written, as English templates always did") {
  CHECK(filled("{subject} met {nobody}.", {{"subject", oleg()}}) == "Олег Новицкий met {nobody}.");
}

TEST_CASE("a placeholder the template may not use is reported with the ones it may") {
  const std::vector<std::string> problems = template_problems("{subjekt:acc} прибыл", kFactSlots);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] ==
        "uses unknown placeholder {subjekt} in '{subjekt:acc}' (known: {object}, {qualifier}, "
        "{subject}, {value})");
}

TEST_CASE("an unknown case is reported with the cases there are") {
  const std::vector<std::string> problems = template_problems("с {object:akk}", kFactSlots);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "'{object:akk}': unknown case 'akk' (nom, gen, dat, acc, ins or loc)");
}

TEST_CASE("a case or an agreement on a slot that is not a name is reported") {
  const std::vector<std::string> problems =
      template_problems("{value:gen} {value|был|была}", kFactSlots);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0] == "'{value:gen}': {value} is not a name, so it has no cases");
  CHECK(problems[1] ==
        "'{value|был|была}': {value} is not a name, so nothing can agree with its gender");
}

TEST_CASE("an agreement gives two to four forms, none of them empty") {
  CHECK(template_problems("{subject|был}", kFactSlots).size() == 1);
  CHECK(template_problems("{subject|a|b|c|d|e}", kFactSlots).size() == 1);
  CHECK(template_problems("{subject|был|}", kFactSlots) ==
        std::vector<std::string>{"'{subject|был|}' has an empty form"});
  CHECK(template_problems("{subject|был|была|было|были}", kFactSlots).empty());
}

TEST_CASE("a placeholder left open is reported; a brace before anything but a name is text") {
  CHECK(template_problems("{subject|был", kFactSlots) ==
        std::vector<std::string>{"'{subject' is not closed with '}'"});
  CHECK(template_problems("{ not a slot } and {} and {subject x}", kFactSlots).empty());
  CHECK(filled("{ x } {}", {}) == "{ x } {}");
}

TEST_CASE("the slots a template uses are found in every form") {
  CHECK(slots_used("{subject} {object:acc} {qualifier|a|b} {value}") ==
        std::set<std::string>{"subject", "object", "qualifier", "value"});
}
