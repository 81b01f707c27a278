// The JSON export: the whole content, in the documented shape.
#include "store/export.hpp"

#include <doctest/doctest.h>

#include "store/open.hpp"
#include "store/store_support.hpp"

using namespace kiosk;

TEST_CASE("the export carries meta, cards and questions with every choice and its sources") {
  test::TempDir dir;
  const model::Content content = test::write_fixture_db(dir.file("c.db"));
  store::DatabaseHandle db = store::open_untrusted(dir.file("c.db"));
  const nlohmann::ordered_json j = store::export_content(db.get());
  CHECK(j["meta"]["content_version"] == "fixture-1");
  CHECK(j["meta"]["title"] == "Harbour Town test content");
  REQUIRE(j["cards"].size() == 2);
  CHECK(j["cards"][1]["id"] == "opening");
  CHECK(j["cards"][1]["date"] == "2024-05-03");
  CHECK(j["cards"][1]["date_inferred"] == "year");
  CHECK(j["cards"][1]["sources"][0]["outlet"] == "Alpha Daily");
  CHECK(j["cards"][1]["differences"].size() == 2);
  REQUIRE(j["questions"].size() == content.questions.size());
  for (const auto& q : j["questions"]) {
    CHECK(q.contains("id"));
    CHECK(q.contains("kind"));
    CHECK(q.contains("prompt"));
    CHECK(q.contains("explanation"));
    CHECK(q["choices"].size() ==
          content.questions[static_cast<std::size_t>(q["number"].get<int>() - 1)].choices.size());
    int correct = 0;
    for (const auto& c : q["choices"]) correct += c["correct"].get<bool>() ? 1 : 0;
    CHECK(correct == 1);
    CHECK_FALSE(q["sources"].empty());
    // The fact (or quote) the question tests, with its sources and evidence.
    if (!q["fact"].is_null()) {
      CHECK(q["fact"]["status"] == "agreed");
      CHECK_FALSE(q["fact"]["sources"][0]["evidence"].get<std::string>().empty());
    } else {
      CHECK_FALSE(q["quote"].is_null());
    }
  }
  CHECK(j["facts"].size() == content.facts.size());
}
