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
  CHECK(r.content.questions.size() >= 60);
  CHECK(kinds.size() >= 6);
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
