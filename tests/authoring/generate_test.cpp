// Generated questions: one right answer, enough wrong ones, none of them true, no disputes.
#include "authoring/generate.hpp"

#include <doctest/doctest.h>

#include <map>
#include <set>

#include "authoring/build.hpp"
#include "core/wording.hpp"
#include "support/support.hpp"

using namespace kiosk;
using namespace kiosk::authoring;

namespace {

// Checks every generated question of `c` against the facts, independently of the generator.
void check_questions(const model::Content& c) {
  const model::Index index(c);
  for (const model::GeneratedQuestion& q : c.questions) {
    CAPTURE(q.id);
    int correct = 0;
    std::set<std::string> texts;
    std::set<std::string> entities;
    for (const auto& choice : q.choices) {
      if (choice.entity.empty()) continue;
      CHECK(index.entity(choice.entity) != nullptr);          // a real entity of the content
      CHECK(entities.insert(choice.entity).second);           // offered once
    }
    for (const auto& choice : q.choices) {
      correct += choice.correct ? 1 : 0;
      CHECK(texts.insert(comparable_name(model::text_in(choice.text, "en"))).second);
    }
    CHECK(correct == 1);
    if (q.kind == QuestionKind::TrueFalse) {
      CHECK(q.choices.size() == 2);
    } else {
      CHECK(q.choices.size() - 1 >= static_cast<std::size_t>(kMinWrongAnswers));
    }
    CHECK_FALSE(model::text_in(q.prompt, "en").empty());
    CHECK_FALSE(model::text_in(q.explanation, "en").empty());
    CHECK_FALSE(q.sources.empty());
    if (!q.fact.empty()) {
      const model::Fact* f = index.fact(q.fact);
      REQUIRE(f != nullptr);
      CHECK(f->status == model::FactStatus::Agreed);
      // No wrong entity is a true value (or subject) of the same relation.
      for (const auto& choice : q.choices) {
        if (choice.correct || choice.entity.empty()) continue;
        for (const model::Fact& other : c.facts) {
          if (other.relation != f->relation) continue;
          const bool same_subject = other.subject == f->subject && other.object == choice.entity;
          const bool same_value = other.subject == choice.entity &&
                                  other.object == f->object && !f->object.empty();
          CHECK_FALSE(same_subject);
          CHECK_FALSE(same_value);
        }
        // Never another name of the right answer.
        const model::Entity* wrong = index.entity(choice.entity);
        REQUIRE(wrong != nullptr);
        for (const auto& right : q.choices) {
          if (!right.correct || right.entity.empty()) continue;
          CHECK(right.entity != choice.entity);
          for (const std::string& alias : index.entity(right.entity)->aliases) {
            CHECK(comparable_name(alias) != comparable_name(model::text_in(wrong->name, "en")));
          }
        }
      }
    }
    if (!q.quote.empty()) {
      const model::Quote* quote = index.quote(q.quote);
      REQUIRE(quote != nullptr);
      CHECK(quote->status == model::FactStatus::Agreed);
      CHECK(q.kind == QuestionKind::WhoSaid);
    }
  }
}

BuildResult fixture() {
  return build_content({test::fixture_dir("content"), test::fixture_dir("documents"), ""});
}

}  // namespace

TEST_CASE("every generated question of the fixture is fair") {
  const BuildResult r = fixture();
  REQUIRE(r.ok());
  check_questions(r.content);
}

TEST_CASE("no question rests on a disputed fact") {
  const BuildResult r = fixture();
  for (const auto& q : r.content.questions) {
    CHECK(q.fact != "height-alpha");
    CHECK(q.fact != "height-beta");
  }
}

TEST_CASE("questions are generated of each kind the facts allow") {
  const BuildResult r = fixture();
  std::set<QuestionKind> kinds;
  for (const auto& q : r.content.questions) kinds.insert(q.kind);
  CHECK(kinds.contains(QuestionKind::Who));
  CHECK(kinds.contains(QuestionKind::Where));
  CHECK(kinds.contains(QuestionKind::When));
  CHECK(kinds.contains(QuestionKind::WhoSaid));
  CHECK(kinds.contains(QuestionKind::TrueFalse));
}

TEST_CASE("a who question never offers another person of whom the same is true") {
  const BuildResult r = fixture();
  for (const auto& q : r.content.questions) {
    if (q.prompt.at("en") != "Who cut the ribbon of the new lighthouse?") continue;
    int lind_or_ostrow = 0;
    for (const auto& c : q.choices) {
      if (c.entity == "lind" || c.entity == "ostrow") ++lind_or_ostrow;
    }
    CHECK(lind_or_ostrow == 1);  // the right one only; the other cut the ribbon too
    return;
  }
  FAIL("the ribbon question was not generated");
}

TEST_CASE("a date whose year was inferred is asked without the year") {
  const BuildResult r = fixture();
  for (const auto& q : r.content.questions) {
    if (q.kind != QuestionKind::When) continue;
    for (const auto& c : q.choices) CHECK(c.text.at("en").find("2024") == std::string::npos);
    CHECK(q.choices[0].text.at("en") == "May 3");
    return;
  }
  FAIL("no when question");
}

TEST_CASE("who-said questions quote the words and credit the speaker in the explanation") {
  const BuildResult r = fixture();
  for (const auto& q : r.content.questions) {
    if (q.id != "who_said:ostrow-waited") continue;
    CHECK(q.prompt.at("en") == "Who said this? \u201CWe waited ten years for this.\u201D");
    CHECK(q.explanation.at("en") == "Ben Ostrow, Harbour master, said this about the new lighthouse.");
    CHECK(q.choices[0].entity == "ostrow");
    return;
  }
  FAIL("no who-said question for ostrow-waited");
}

TEST_CASE("question ids are stable and unique") {
  const BuildResult a = fixture();
  const BuildResult b = fixture();
  std::set<std::string> ids;
  REQUIRE(a.content.questions.size() == b.content.questions.size());
  for (std::size_t i = 0; i < a.content.questions.size(); ++i) {
    CHECK(a.content.questions[i].id == b.content.questions[i].id);
    CHECK(ids.insert(a.content.questions[i].id).second);
  }
}

TEST_CASE("the bundled content's questions are fair too") {
  const BuildResult r = build_content({test::bundled_content_dir(), "", ""});
  REQUIRE(r.ok());
  check_questions(r.content);
}

TEST_CASE("wrong answers come from the right answer's group") {
  const BuildResult r = fixture();
  REQUIRE(r.ok());
  for (const auto& q : r.content.questions) {
    for (const auto& c : q.choices) CHECK_MESSAGE(c.entity != "zimmer", q.id);
  }
}

TEST_CASE("several subjects sharing a value are asked about that value once") {
  const BuildResult r = fixture();
  int ribbon_tf = 0;
  for (const auto& q : r.content.questions) {
    ribbon_tf += q.kind == QuestionKind::TrueFalse &&
                 (q.fact == "lind-ribbon" || q.fact == "ostrow-ribbon") ? 1 : 0;
  }
  CHECK(ribbon_tf <= 1);
}

TEST_CASE("nobody the quoted words speak of is offered as their speaker") {
  const BuildResult r = fixture();
  for (const auto& q : r.content.questions) {
    if (q.id != "who_said:carr-lind") continue;
    CHECK(q.choices.size() >= 4);
    for (const auto& c : q.choices) CHECK(c.entity != "lind");  // "Lind did well tonight."
    return;
  }
  FAIL("no who-said question for carr-lind");
}

TEST_CASE("a wrong date stays in the right date's month and is never the day next to it") {
  const BuildResult r = fixture();
  for (const auto& q : r.content.questions) {
    if (q.kind != QuestionKind::When) continue;
    for (const auto& c : q.choices) {
      const std::string t = c.text.at("en");
      CHECK(t.starts_with("May "));
      CHECK(t != "May 2");
      CHECK(t != "May 4");
    }
  }
}
