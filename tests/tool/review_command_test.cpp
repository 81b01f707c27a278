// kiosk-db review and build --require-approval, run the way a curator runs them.
#include "tool/review_command.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <sstream>

#include "authoring/build.hpp"
#include "authoring/fixture_copy.hpp"
#include "authoring/review.hpp"
#include "support/support.hpp"
#include "tool/kiosk_db_run.hpp"

using namespace kiosk;
using test::FixtureCopy;
using test::kiosk_db;
using test::Run;

TEST_CASE(
    "review --approve writes each question's id, the reviewer, the time and the fingerprint") {
  const FixtureCopy fixture;
  const std::vector<std::string> ids = fixture.question_ids();
  const test::ScopedEnv epoch("SOURCE_DATE_EPOCH", "1793786400");  // 2026-11-04T10:00:00Z
  const Run r =
      kiosk_db({"review", fixture.src(), "--approve", ids[0], ids[1], "--by", "Ada Lind"});
  REQUIRE(r.code == 0);
  CHECK(r.out.find("approved " + ids[0] + "\napproved " + ids[1] + "\n") != std::string::npos);
  CHECK(r.out.find(std::to_string(ids.size()) + " questions: 2 approved, 0 rejected") !=
        std::string::npos);
  const std::string text = test::read_text(fixture.review_file());
  for (const std::string& id : {ids[0], ids[1]}) {
    const std::size_t at = text.find("id = \"" + id +
                                     "\"\nverdict = \"approved\"\nby = \"Ada Lind\"\n"
                                     "at = \"2026-11-04T10:00:00Z\"\nfingerprint = { en = \"");
    CHECK(at != std::string::npos);
  }
}

TEST_CASE("review --reject needs a reason, and records it") {
  const FixtureCopy fixture;
  const std::vector<std::string> ids = fixture.question_ids();
  const Run without = kiosk_db({"review", fixture.src(), "--reject", ids[0]});
  CHECK(without.code == 2);
  CHECK(without.err.find("--reject needs --reason") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(fixture.review_file()));
  const Run with =
      kiosk_db({"review", fixture.src(), "--reject", ids[0], "--reason", "gives it away"});
  REQUIRE(with.code == 0);
  CHECK(with.out.find("  " + ids[0] + ": rejected: gives it away\n") != std::string::npos);
  CHECK(test::read_text(fixture.review_file())
            .find("verdict = \"rejected\"\nreason = \"gives it away\"") != std::string::npos);
}

TEST_CASE("review with an id that is no question writes nothing") {
  const FixtureCopy fixture;
  const std::vector<std::string> ids = fixture.question_ids();
  const Run r = kiosk_db({"review", fixture.src(), "--approve", ids[0], "who:nobody"});
  CHECK(r.code == 1);
  CHECK(r.err.find("no question 'who:nobody'") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(fixture.review_file()));
}

TEST_CASE("review -o writes the printable sheet with every question and its evidence lines") {
  const FixtureCopy fixture;
  const std::vector<std::string> ids = fixture.question_ids();
  const Run r = kiosk_db({"review", fixture.src(), "-o", fixture.file("review.html"), "--documents",
                          test::fixture_dir("documents")});
  REQUIRE(r.code == 0);
  const std::string html = test::read_text(fixture.file("review.html"));
  for (const std::string& id : ids) CHECK(html.find(id) != std::string::npos);
  CHECK(html.find("<blockquote>") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
}

TEST_CASE("build --require-approval leaves out every question not approved, and lists them") {
  const FixtureCopy fixture;
  const std::vector<std::string> ids = fixture.question_ids();
  REQUIRE(kiosk_db({"review", fixture.src(), "--approve", ids[0]}).code == 0);
  REQUIRE(kiosk_db({"review", fixture.src(), "--reject", ids[1], "--reason", "unfair"}).code == 0);
  const Run r =
      kiosk_db({"build", fixture.src(), "-o", fixture.file("c.db"), "--require-approval"});
  REQUIRE(r.code == 0);
  CHECK(r.out.find(": 2 cards, 1 questions,") != std::string::npos);
  CHECK(r.out.find("left out " + ids[1] + ": rejected: unfair\n") != std::string::npos);
  for (std::size_t i = 2; i < ids.size(); ++i) {
    CHECK(r.out.find("left out " + ids[i] + ": unreviewed\n") != std::string::npos);
  }
  CHECK(r.out.find(std::to_string(ids.size() - 1) + " questions left out as not approved") !=
        std::string::npos);
  const Run quiet =
      kiosk_db({"build", fixture.src(), "-o", fixture.file("c.db"), "--require-approval", "-q"});
  CHECK(quiet.out.find("left out " + ids[1]) == std::string::npos);
  CHECK(quiet.out.find(std::to_string(ids.size() - 1) + " questions left out as not approved") !=
        std::string::npos);
}

TEST_CASE("the export says which questions were approved") {
  const FixtureCopy fixture;
  const std::vector<std::string> ids = fixture.question_ids();
  REQUIRE(kiosk_db({"review", fixture.src(), "--approve", ids[0]}).code == 0);
  REQUIRE(kiosk_db({"build", fixture.src(), "-o", fixture.file("c.db")}).code == 0);
  const Run e = kiosk_db({"export", fixture.file("c.db"), "--json"});
  REQUIRE(e.code == 0);
  const auto j = nlohmann::json::parse(e.out);
  REQUIRE(j["questions"].size() == ids.size());
  for (const auto& q : j["questions"]) {
    CHECK(q["review"] == (q["id"] == ids[0] ? "approved" : "unreviewed"));
  }
  const Run check = kiosk_db({"check", fixture.file("c.db")});
  CHECK(check.out.find(std::to_string(ids.size()) + " questions (1 approved)") !=
        std::string::npos);
}

TEST_CASE("every question of the bundled database has been approved") {
  const Run e = kiosk_db({"export", KIOSK_BUNDLED_DB, "--json"});
  REQUIRE(e.code == 0);
  const auto j = nlohmann::json::parse(e.out);
  REQUIRE_FALSE(j["questions"].empty());
  for (const auto& q : j["questions"]) {
    CAPTURE(q["id"]);
    CHECK(q["review"] == "approved");
  }
}
