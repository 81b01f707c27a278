// The content shipped with the kiosk: built from the five documents, cited, complete.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "authoring/build.hpp"
#include "core/wording.hpp"
#include "support/support.hpp"

using namespace kiosk;
using namespace kiosk::authoring;

namespace {

const BuildResult& bundled() {
  static const BuildResult r = build_content({test::bundled_content_dir(), "", ""});
  return r;
}

}  // namespace

TEST_CASE("every piece of evidence in the bundled content is in its document") {
  const std::string seeds = test::seeds_dir_or_skip();
  if (seeds.empty()) return;
  const BuildResult r = build_content({test::bundled_content_dir(), seeds, ""});
  std::string errors;
  for (const Diagnostic& d : r.diagnostics.all()) {
    if (d.severity == Severity::Error) errors += format(d) + "\n";
  }
  CHECK_MESSAGE(errors.empty(), errors);
}

TEST_CASE("every one of the five documents yields facts and a briefing card") {
  const BuildResult& r = bundled();
  REQUIRE(r.ok());
  REQUIRE(r.content.sources.size() == 5);
  for (const auto& s : r.content.sources) {
    CAPTURE(s.id);
    bool has_fact = false;
    bool has_card = false;
    for (const auto& f : r.content.facts) {
      for (const auto& e : f.sources) has_fact |= e.source == s.id;
    }
    for (const auto& c : r.content.cards) {
      for (const auto& id : c.sources) has_card |= id == s.id;
    }
    CHECK(has_fact);
    CHECK(has_card);
    CHECK(s.date.has_value());
  }
}

TEST_CASE("every fact and quote names its sources") {
  const BuildResult& r = bundled();
  for (const auto& f : r.content.facts) CHECK_MESSAGE(!f.sources.empty(), f.id);
  for (const auto& q : r.content.quotes) CHECK_MESSAGE(!q.sources.empty(), q.id);
  for (const auto& c : r.content.cards) CHECK_MESSAGE(!c.sources.empty(), c.id);
}

TEST_CASE("the salo and oil accounts of the gift are both kept and marked disputed") {
  const BuildResult& r = bundled();
  int disputed = 0;
  for (const auto& f : r.content.facts) {
    if (f.relation == "gift_besides_bread") {
      CHECK(f.status == model::FactStatus::Disputed);
      ++disputed;
    }
  }
  CHECK(disputed == 2);
}

TEST_CASE("the bundled content has enough questions of enough kinds") {
  const BuildResult& r = bundled();
  std::map<QuestionKind, int> kinds;
  for (const auto& q : r.content.questions) ++kinds[q.kind];
  // The educator's two readings left 43 of the first 89 questions: enough for rounds of five
  // that do not repeat within a visit, of six kinds.
  CHECK(r.content.questions.size() >= 40);
  CHECK(kinds.size() >= 6);
}

TEST_CASE("no question the museum's readings refused is in the bundled bank") {
  // Each is kept out by a rule, tested on the fixture: on no card, a contested account, a pool
  // that gives the answer away, a speaker whom the content shows saying the same.
  const std::set<std::string> refused{"who_said:putin-since-2014",
                                      "who_said:putin-never-rejected-peace",
                                      "who_said:lukashenko-conference-without-us",
                                      "who_said:lukashenko-take-the-document",
                                      "who_said:lukashenko-strikes-response",
                                      "what:yelchaninov-works-for-roscosmos:value",
                                      "true_false:yelchaninov-works-for-roscosmos",
                                      "who:borisov-heads-roscosmos:subject",
                                      "who:borisov-succeeded-rogozin:subject",
                                      "who:viacorka-adviser-to-tsikhanouskaya:subject",
                                      "who:putin-invited-lukashenko:value",
                                      "who:putin-invited-lukashenko:subject",
                                      "who:putin-co-chaired-supreme-state-council:subject",
                                      "who:putin-congratulated-pyaks:subject",
                                      "true_false:star-city-visit-visitor",
                                      "who_said:viacorka-only-ally",
                                      "who_said:lukashenko-no-peace-without-russia",
                                      "who_said:lukashenko-sanctions",
                                      "when:cosmonautics-day-meeting-date:value",
                                      "true_false:minsk-talks-place",
                                      "where:minsk-talks-place:value",
                                      "true_false:putin-met-lukashenko-minsk",
                                      "who:tractor-for-putin:subject"};
  for (const auto& q : bundled().content.questions) CHECK_MESSAGE(!refused.contains(q.id), q.id);
}

TEST_CASE("no bundled question says a planned summit took place") {
  for (const auto& q : bundled().content.questions) {
    const std::string text = q.prompt.at("en") + " " + q.explanation.at("en");
    if (text.find("Commonwealth of Independent States summit") == std::string::npos &&
        text.find("summit of the Commonwealth") == std::string::npos) {
      continue;
    }
    CAPTURE(q.id);
    CHECK(text.find("took place") == std::string::npos);
    CHECK(text.find(" began ") == std::string::npos);
  }
}

TEST_CASE("dates the documents do not state are marked inferred with a reason") {
  const BuildResult& r = bundled();
  for (const auto& s : r.content.sources) {
    if (s.date && s.date->inference != DateInference::Stated) CHECK_FALSE(s.date->reason.empty());
  }
  for (const auto& c : r.content.cards) {
    REQUIRE(c.date);
    if (c.date->inference != DateInference::Stated) CHECK_FALSE(c.date->reason.empty());
  }
}
