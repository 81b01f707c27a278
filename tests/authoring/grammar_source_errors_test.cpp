// Mistakes in the grammar of a content source (templates, genders, case forms, units) and in
// interface.toml are reported with their file, line and what is wrong, never built.
#include <doctest/doctest.h>

#include "authoring/broken_fixture.hpp"
#include "authoring/build.hpp"
#include "support/support.hpp"

using namespace kiosk;
using namespace kiosk::authoring;
using kiosk::test::Broken;

namespace {

// The fixture's interface.toml ends at line 18 with this phrase; a test appends after it.
const std::string kLastPhrase = "difference_note = \"{outlets}: {statement}\"";

}  // namespace

TEST_CASE("an unknown case in a template is reported at the template's line") {
  Broken b("relations.toml", "{subject} is the mayor of {object}.",
           "{subject} is the mayor of {object:akk}.");
  b.expect("relations.toml", 7,
           "relation 'mayor_of': 'statement': '{object:akk}': unknown case 'akk' (nom, gen, dat, "
           "acc, ins or loc)");
}

TEST_CASE("an unknown slot in a template, in any form, is reported at its line") {
  Broken b("relations.toml", "ask_value = \"Where does {subject} stand?\"",
           "ask_value = \"Where does {subjekt|it|she} stand?\"");
  b.expect("relations.toml", 18,
           "'ask_value': uses unknown placeholder {subjekt} in "
           "'{subjekt|it|she}' (known: {object}, {qualifier}, {subject}, "
           "{value})");
}

TEST_CASE("agreement with a slot that is not a name is reported at the template's line") {
  Broken b("relations.toml", "{subject} is {value} tall.", "{subject} is {value|a|b} tall.");
  b.expect("relations.toml", 25,
           "'{value|a|b}': {value} is not a name, so nothing can agree with its gender");
}

TEST_CASE("a template's language line is named when the template is given per language") {
  Broken b({{"kiosk.toml", "languages = [\"en\"]", "languages = [\"en\", \"ru\"]"},
            {"relations.toml", "statement = \"{subject} is the mayor of {object}.\"",
             "statement.en = \"{subject} is the mayor of {object}.\"\n"
             "statement.ru = \"{subject} {subject|был|была} мэром {object:gent}.\""}});
  b.expect("relations.toml", 8, "'statement.ru': '{object:gent}': unknown case 'gent'");
}

TEST_CASE("a gender that is not one, or in a language not in languages, is reported") {
  Broken b("entities.toml", "name = \"Ada Lind\"", "name = \"Ada Lind\"\ngender = \"female\"");
  b.expect("entities.toml", 6, "entity 'lind': 'gender' must be \"m\", \"f\", \"n\" or \"pl\"");
  Broken other("entities.toml", "name = \"Ada Lind\"", "name = \"Ada Lind\"\ngender.fr = \"f\"");
  other.expect("entities.toml", 6, "'gender.fr': 'fr' is not in kiosk.toml's languages");
}

TEST_CASE("a case form of an unknown case, or empty, is reported at its line") {
  Broken b("entities.toml", "name = \"Ada Lind\"",
           "name = \"Ada Lind\"\nforms.en = { gent = \"Ada Lind's\", dat = \"\" }");
  b.expect("entities.toml", 6,
           "'forms.en': unknown case 'gent' (gen, dat, acc, ins, loc; the nominative is the name)");
  b.expect("entities.toml", 6, "'forms.en.dat' is empty");
}

TEST_CASE("a unit without the plural form 'other', or of an unknown form, is reported") {
  Broken b("kiosk.toml", "default_language = \"en\"",
           "default_language = \"en\"\n\n[unit.metres]\nen = { one = \"metre\", plurall = "
           "\"metres\" }");
  b.expect("kiosk.toml", 8, "'unit.metres.en': unknown plural form 'plurall'");
  b.expect("kiosk.toml", 8, "'unit.metres.en' has no plural form 'other' (en needs one, other)");
}

TEST_CASE("interface.toml: a key that is no kiosk text is reported at its line") {
  Broken b("interface.toml", kLastPhrase,
           kLastPhrase + "\n\n[kiosk.en]\nbegin_promt = \"Touch the screen\"");
  b.expect("interface.toml", 21,
           "[kiosk.en]: unknown key 'begin_promt': the kiosk's words are the keys listed in "
           "kiosk/core/ui_text.cpp");
}

TEST_CASE("interface.toml: a text with a number needs its plural form 'other'") {
  Broken b("interface.toml", kLastPhrase,
           kLastPhrase + "\n\n[kiosk.en]\nquiz_note = { one = \"{n} question\" }");
  b.expect("interface.toml", 21, "'quiz_note' has no plural form 'other' (en needs one, other)");
}

TEST_CASE("interface.toml: placeholders other than the English's are reported") {
  Broken b(
      "interface.toml", kLastPhrase,
      kLastPhrase +
          "\n\n[kiosk.en]\nquiz_note = { one = \"{n} question\", other = \"{count} questions\" "
          "}\ncontinued = \"More\"");
  b.expect("interface.toml", 21,
           "'quiz_note.other' uses the placeholders {count}, but the English uses the "
           "placeholders {n}");
  b.expect("interface.toml", 22,
           "'continued' uses no placeholders, but the English uses the placeholders {title}");
}

TEST_CASE("interface.toml: a language not in kiosk.toml's languages is reported") {
  Broken b("interface.toml", kLastPhrase, kLastPhrase + "\n\n[kiosk.fr]\nquiz = \"Quiz\"");
  b.expect("interface.toml", 20, "[kiosk.fr]: 'fr' is not in kiosk.toml's languages");
}

TEST_CASE("interface.toml: every phrase is in [phrases.en], and no other") {
  Broken missing("interface.toml", "undated = \"undated\"\n", "");
  missing.expect("interface.toml", 2,
                 "[phrases.en] has no 'undated' (every phrase is listed there, with its English)");
  Broken unknown("interface.toml", kLastPhrase, kLastPhrase + "\ntrue_or_flase = \"?\"");
  unknown.expect("interface.toml", 19, "[phrases.en]: unknown phrase 'true_or_flase'");
}

TEST_CASE("interface.toml: a phrase's template mistakes and missing placeholders are reported") {
  Broken b({{"interface.toml", "true_or_false = \"True or false? {statement}\"",
             "true_or_false = \"True or false?\""},
            {"interface.toml", "who_said_explained = \"{speaker}, {role}, said this {context}.\"",
             "who_said_explained = \"{speaker:akk}, {role}, said this {context}.\""}});
  b.expect("interface.toml", 3, "'true_or_false' must use {statement}");
  b.expect("interface.toml", 10, "'who_said_explained': '{speaker:akk}': unknown case 'akk'");
}

TEST_CASE("interface.toml: the kiosk's words and the phrases are read per language") {
  const BuildResult r = build_content({test::bundled_content_dir(), "", ""});
  REQUIRE(r.ok());
  CHECK(r.content.interface.kiosk.at("ru").at("quiz_note").at("few") == "{n} вопроса о событиях");
  CHECK(r.content.interface.kiosk.at("be").at("begin_prompt").at("") ==
        "Дакраніцеся да экрана, каб пачаць");
  CHECK(r.content.interface.phrases.at("en").at("true") == "True");
  CHECK(r.content.interface.phrases.at("be").at("approximately") == "каля {number:gen}");
}
