// Independence, disagreements between sources, and evidence in the documents.
#include "authoring/provenance.hpp"

#include <doctest/doctest.h>

#include "authoring/build.hpp"
#include "support/support.hpp"

using namespace kiosk;
using namespace kiosk::authoring;

namespace {

BuildResult fixture() {
  return build_content({test::fixture_dir("content"), test::fixture_dir("documents"), ""});
}

const model::Fact& fact(const BuildResult& r, const std::string& id) {
  for (const auto& f : r.content.facts) {
    if (f.id == id) return f;
  }
  FAIL("no fact " << id);
  throw;
}

}  // namespace

TEST_CASE("a retelling does not count as an independent source") {
  const BuildResult r = fixture();
  CHECK(fact(r, "lind-mayor").independent_sources == 2);   // alpha and beta
  CHECK(fact(r, "height-beta").independent_sources == 1);  // beta, and gamma retelling beta
}

TEST_CASE("facts that contradict each other are found although nobody marked them") {
  const BuildResult r = fixture();
  CHECK(fact(r, "height-alpha").status == model::FactStatus::Disputed);
  CHECK(fact(r, "height-beta").status == model::FactStatus::Disputed);
  CHECK(fact(r, "height-alpha").disputed_with == std::vector<std::string>{"height-beta"});
  CHECK(fact(r, "lind-mayor").status == model::FactStatus::Agreed);
  bool reported = false;
  for (const Diagnostic& d : r.diagnostics.all()) {
    if (d.severity == Severity::Note &&
        d.message.find("sources differ on 'height'") != std::string::npos) {
      reported = true;
      CHECK(d.message.find("Alpha Daily: 42 metres") != std::string::npos);
      CHECK(d.message.find("Beta Weekly, Gamma Digest: 40 metres") != std::string::npos);
    }
  }
  CHECK(reported);
}

TEST_CASE("different values of a many-valued relation are not a disagreement") {
  const BuildResult r = fixture();
  CHECK(fact(r, "lind-ribbon").status == model::FactStatus::Agreed);
  CHECK(fact(r, "ostrow-ribbon").status == model::FactStatus::Agreed);
}

TEST_CASE("a remark worded differently by two sources is disputed") {
  model::Content c;
  c.meta.default_language = "en";
  c.quotes.push_back({"a",
                      "lind",
                      {{"en", "This is the mayor's favourite bread"}},
                      {},
                      true,
                      {},
                      {},
                      model::FactStatus::Agreed,
                      model::QuizUse::Asked,
                      {},
                      {}});
  c.quotes.push_back({"b",
                      "lind",
                      {{"en", "This is the mayor's favourite oil"}},
                      {},
                      true,
                      {},
                      {},
                      model::FactStatus::Agreed,
                      model::QuizUse::Asked,
                      {},
                      {}});
  c.quotes.push_back({"c",
                      "lind",
                      {{"en", "Something else entirely"}},
                      {},
                      true,
                      {},
                      {},
                      model::FactStatus::Agreed,
                      model::QuizUse::Asked,
                      {},
                      {}});
  Diagnostics out;
  derive_provenance(c, out);
  CHECK(c.quotes[0].status == model::FactStatus::Disputed);
  CHECK(c.quotes[1].status == model::FactStatus::Disputed);
  CHECK(c.quotes[2].status == model::FactStatus::Agreed);
}

TEST_CASE("the same words given to two speakers are disputed") {
  model::Content c;
  c.meta.default_language = "en";
  c.quotes.push_back({"a",
                      "lind",
                      {{"en", "We waited ten years."}},
                      {},
                      true,
                      {},
                      {},
                      model::FactStatus::Agreed,
                      model::QuizUse::Asked,
                      {},
                      {}});
  c.quotes.push_back({"b",
                      "ostrow",
                      {{"en", "We waited ten years."}},
                      {},
                      true,
                      {},
                      {},
                      model::FactStatus::Agreed,
                      model::QuizUse::Asked,
                      {},
                      {}});
  Diagnostics out;
  derive_provenance(c, out);
  CHECK(c.quotes[0].status == model::FactStatus::Disputed);
  CHECK(out.all().size() == 1);
}

TEST_CASE("evidence matches across line breaks and typographic quotes") {
  CHECK(normalise_for_matching("a\n  b\t\u201Cc\u201D \u2019d") == "a b \"c\" 'd");
}
