// A text missing in a language: the item is shown whole in the default language, the build
// warns once per language with what is missing, and the default language stays required.
#include <doctest/doctest.h>

#include <filesystem>

#include "authoring/broken_fixture.hpp"
#include "authoring/build.hpp"
#include "authoring/local_wording.hpp"
#include "support/support.hpp"

using namespace kiosk;
using namespace kiosk::authoring;

namespace {

// A copy of the bundled content with each `from` (which must occur) replaced by its `to`, built.
struct EditedBundle {
  test::TempDir dir;
  BuildResult result;

  explicit EditedBundle(const std::vector<test::Edit>& edits) {
    std::filesystem::copy(test::bundled_content_dir(), dir.path(),
                          std::filesystem::copy_options::recursive);
    for (const test::Edit& e : edits) {
      std::string text = test::read_text(dir.file(e.file));
      const auto at = text.find(e.from);
      REQUIRE_MESSAGE(at != std::string::npos, "no '" << e.from << "' in " << e.file);
      text.replace(at, e.from.size(), e.to);
      test::write_text(dir.file(e.file), text);
    }
    result = build_content({dir.path().string(), "", "2026-01-01T00:00:00Z", Approval::NotApplied});
  }

  std::vector<std::string> warnings() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : result.diagnostics.all()) {
      if (d.severity == Severity::Warning) out.push_back(format(d));
    }
    return out;
  }

  const model::Fact& fact(const std::string& id) const {
    for (const model::Fact& f : result.content.facts) {
      if (f.id == id) return f;
    }
    FAIL("no fact " << id);
    return result.content.facts.front();
  }
};

bool whole_in(const model::GeneratedQuestion& q, const std::string& lang) {
  bool whole = q.prompt.contains(lang) && q.explanation.contains(lang);
  for (const model::GeneratedChoice& c : q.choices) whole = whole && c.text.contains(lang);
  return whole;
}

bool none_in(const model::GeneratedQuestion& q, const std::string& lang) {
  bool none = !q.prompt.contains(lang) && !q.explanation.contains(lang);
  for (const model::GeneratedChoice& c : q.choices) none = none && !c.text.contains(lang);
  return none;
}

}  // namespace

TEST_CASE(
    "a relation without Russian leaves its facts and questions whole in English, with one "
    "warning for Russian") {
  const EditedBundle b({
      {"relations.toml",
       "statement.ru = \"{subject} {subject|отправился|отправилась} на Международную "
       "космическую станцию на корабле {object}.\"\n",
       ""},
      {"relations.toml",
       "ask_subject.ru = \"Кто из этих людей отправился на Международную космическую станцию "
       "на корабле {object}?\"\n",
       ""},
      {"relations.toml",
       "ask_value.ru = \"На каком корабле {subject} {subject|отправился|отправилась} на "
       "Международную космическую станцию?\"\n",
       ""},
  });
  REQUIRE(b.result.ok());
  const model::Fact& flight = b.fact("vasilevskaya-flew-up-ms-25");
  CHECK_FALSE(flight.sentence.contains("ru"));
  CHECK(flight.sentence.contains("be"));
  CHECK(flight.sentence.at("en") ==
        "Marina Vasilevskaya flew to the International Space Station aboard Soyuz MS-25.");
  int asked = 0;
  for (const model::GeneratedQuestion& q : b.result.content.questions) {
    CAPTURE(q.id);
    const bool about_flight = q.fact.find("flew-up") != std::string::npos;
    CHECK((about_flight ? none_in(q, "ru") : whole_in(q, "ru")));
    CHECK(whole_in(q, "be"));
    asked += about_flight ? 1 : 0;
  }
  CHECK(asked == 4);
  const std::vector<std::string> warnings = b.warnings();
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("kiosk.toml:10: warning: ru: 3 facts and 4 questions have no Russian "
                         "text; they are shown in English: fact 'vasilevskaya-flew-up-ms-25' "
                         "(relation 'flew_up_aboard' statement has no text in 'ru')") !=
        std::string::npos);
}

TEST_CASE("a card, a quote and a name without Russian are counted in the warning") {
  const EditedBundle b({
      {"cards.toml", "title.ru = \"Звонок в тундру\"\n", ""},
      {"quotes.toml", "words.ru = \"Это испекли сегодня утром\"\n", ""},
      {"entities.toml", "name.ru = \"Пётр Климук\"\n", ""},
  });
  REQUIRE(b.result.ok());
  const std::vector<std::string> warnings = b.warnings();
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("ru: 1 entity name, 1 quote, 1 card and ") != std::string::npos);
  CHECK(warnings[0].find("entity 'klimuk', quote 'lukashenko-baked-this-morning', card "
                         "'golden-wedding'") != std::string::npos);
  for (const model::GeneratedQuestion& q : b.result.content.questions) {
    CAPTURE(q.id);
    if (q.quote == "lukashenko-baked-this-morning") CHECK(none_in(q, "ru"));
  }
}

TEST_CASE("a name without a gender leaves out the languages whose sentences agree with it") {
  const EditedBundle b({{"entities.toml", "name.be = \"Марына Васілеўская\"\ngender = \"f\"\n",
                         "name.be = \"Марына Васілеўская\"\n"}});
  REQUIRE(b.result.ok());
  const model::Fact& arrival = b.fact("vasilevskaya-arrival-date");
  CHECK(arrival.sentence.contains("en"));
  CHECK_FALSE(arrival.sentence.contains("ru"));
  CHECK_FALSE(arrival.sentence.contains("be"));
  // «Владимир Путин встретился с Мариной Василевской»: the case form needs no gender.
  CHECK(b.fact("putin-met-vasilevskaya").sentence.contains("ru"));
  const std::vector<std::string> warnings = b.warnings();
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].find("entity 'vasilevskaya' has no gender in 'ru'") != std::string::npos);
  CHECK(warnings[1].find("be: ") != std::string::npos);
}

TEST_CASE("text missing in the default language is still an error") {
  const EditedBundle b(
      {{"relations.toml",
        "statement.en = \"{subject} was a member of the crew of the {object}.\"\n", ""}});
  CHECK_FALSE(b.result.ok());
  bool found = false;
  for (const Diagnostic& d : b.result.diagnostics.all()) {
    found |= d.severity == Severity::Error &&
             d.message == "relation 'crew_of' has no text in 'en', the default language";
  }
  CHECK(found);
}

TEST_CASE(
    "one gender for every language, or each language's own: the CIS is neuter in Russian "
    "and feminine in Belarusian") {
  const BuildResult r = build_content({test::bundled_content_dir(), "", ""});
  REQUIRE(r.ok());
  const LocalWording wording(r.content);
  const model::Entity& cis = *wording.index().entity("cis");
  const model::Entity& putin = *wording.index().entity("putin");
  const std::string founded = "{subject|основан|основана|основано}";
  CHECK(fill_template(founded, {{"subject", wording.entity_slot(cis, "ru")}}, "ru").text ==
        "основано");
  CHECK(fill_template(founded, {{"subject", wording.entity_slot(cis, "be")}}, "be").text ==
        "основана");
  CHECK(fill_template(founded, {{"subject", wording.entity_slot(putin, "be")}}, "be").text ==
        "основан");
}
