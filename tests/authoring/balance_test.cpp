// The bank keeps any one person from being the answer to too many questions.
#include "authoring/balance.hpp"

#include <doctest/doctest.h>

#include <map>
#include <string>

#include "authoring/build.hpp"
#include "core/wording.hpp"
#include "support/support.hpp"

using namespace kiosk;
using namespace kiosk::authoring;

namespace {

model::GeneratedQuestion asking(const std::string& id, QuestionKind kind, const std::string& who) {
  model::GeneratedQuestion q;
  q.id = id;
  q.kind = kind;
  q.choices.push_back({{{"en", who}}, true, who});
  q.choices.push_back({{{"en", "x"}}, false, ""});
  return q;
}

model::Content people(int count) {
  model::Content c;
  for (int i = 0; i < count; ++i) {
    model::Entity e;
    e.id = "p" + std::to_string(i);
    e.kind = model::EntityKind::Person;
    c.entities.push_back(e);
  }
  return c;
}

std::map<std::string, int> answers(const model::Content& c, QuestionKind only) {
  std::map<std::string, int> n;
  for (const auto& q : c.questions) {
    if (q.kind == only) ++n[q.choices.front().entity];
  }
  return n;
}

}  // namespace

TEST_CASE("no person is the answer of more than 15 per cent of a large bank") {
  model::Content c = people(20);
  for (int i = 0; i < 40; ++i)
    c.questions.push_back(asking("a" + std::to_string(i), QuestionKind::Who, "p0"));
  for (int i = 0; i < 60; ++i) {
    c.questions.push_back(
        asking("b" + std::to_string(i), QuestionKind::Who, "p" + std::to_string(1 + i % 19)));
  }
  Diagnostics out;
  balance_bank(c, out);
  const int p0 = answers(c, QuestionKind::Who)["p0"];
  CHECK(p0 * 100 <= kMaxPersonShare * static_cast<int>(c.questions.size()));
  CHECK(p0 > 0);
  CHECK(out.all().size() == static_cast<std::size_t>(40 - p0));  // each one left out is said
}

TEST_CASE("who-said questions do not all quote the same person") {
  model::Content c = people(3);
  for (int i = 0; i < 10; ++i)
    c.questions.push_back(asking("s" + std::to_string(i), QuestionKind::WhoSaid, "p0"));
  for (int i = 0; i < 4; ++i)
    c.questions.push_back(asking("t" + std::to_string(i), QuestionKind::WhoSaid, "p1"));
  for (int i = 0; i < 4; ++i)
    c.questions.push_back(asking("u" + std::to_string(i), QuestionKind::WhoSaid, "p2"));
  for (int i = 0; i < 40; ++i)
    c.questions.push_back(asking("w" + std::to_string(i), QuestionKind::When, ""));
  Diagnostics out;
  balance_bank(c, out);
  auto said = answers(c, QuestionKind::WhoSaid);
  const int total = said["p0"] + said["p1"] + said["p2"];
  CHECK(said["p0"] * 100 <= kMaxSpeakerShare * total);
  CHECK(said["p1"] == 4);
  CHECK(said["p2"] == 4);
}

TEST_CASE("the bundled bank is balanced among people") {
  const BuildResult r = build_content({test::bundled_content_dir(), "", ""});
  REQUIRE(r.ok());
  std::map<std::string, int> answer_of;
  const model::Index index(r.content);
  for (const auto& q : r.content.questions) {
    for (const auto& c : q.choices) {
      const model::Entity* e = index.entity(c.entity);
      if (c.correct && e != nullptr && e->kind == model::EntityKind::Person) ++answer_of[e->id];
    }
  }
  for (const auto& [id, n] : answer_of) {
    const std::string& person = id;  // CAPTURE is a lambda: clang before 16 cannot capture `id`
    CAPTURE(person);
    CHECK(n * 100 <= kMaxPersonShare * static_cast<int>(r.content.questions.size()));
  }
}
