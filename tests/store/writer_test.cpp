// Writing the content model and reading it back the way the kiosk does.
#include "store/writer.hpp"

#include <doctest/doctest.h>

#include <filesystem>

#include "store/check.hpp"
#include "store/open.hpp"
#include "store/sqlite_library.hpp"
#include "store/store_support.hpp"

using namespace kiosk;

TEST_CASE("a database written from the fixture passes the kiosk's check") {
  test::TempDir dir;
  const model::Content content = test::write_fixture_db(dir.file("c.db"));
  const store::CheckReport report = store::check_file(dir.file("c.db"));
  CHECK(report.usable());
  CHECK(report.reason().empty());
  CHECK(report.content_version == "fixture-1");
  CHECK(report.cards == 2);
  CHECK(report.questions == static_cast<int>(content.questions.size()));
}

TEST_CASE("the kiosk reads back cards in date order with their labels and sources") {
  test::TempDir dir;
  test::write_fixture_db(dir.file("c.db"));
  store::LoadResult load = store::SqliteLibrary::open(dir.file("c.db"));
  REQUIRE(load.library);
  const ContentLibrary& lib = *load.library;
  CHECK(lib.meta().title == "Harbour Town test content");
  CHECK(lib.meta().build_time == "2026-01-02T03:04:05Z");
  REQUIRE(lib.card_count() == 2);
  // "2024-05" sorts before "2024-05-03": a month is placed at its first day.
  const Card first = *lib.card(0);
  const Card second = *lib.card(1);
  CHECK(first.key == "waiting");
  CHECK(second.key == "opening");
  CHECK(second.date_label == "May 3, 2024 (year inferred)");
  CHECK(second.place == "Harbour Town");
  REQUIRE(second.quote);
  CHECK(second.quote->speaker == "Ada Lind, Mayor of Harbour Town");
  CHECK(second.sources == std::vector<std::string>{"Alpha Daily, May 3, 2024 (year inferred)",
                                                   "Beta Weekly, May 2024"});
  REQUIRE(second.differences.size() == 2);
  CHECK(second.differences[0] == "Alpha Daily: the new lighthouse is 42 metres tall.");
  CHECK(second.differences[1] ==
        "Beta Weekly and Gamma Digest: the new lighthouse is 40 metres tall.");
  CHECK_FALSE(lib.card(2));
}

TEST_CASE("questions read back with their pool, kind, key and sources") {
  test::TempDir dir;
  const model::Content content = test::write_fixture_db(dir.file("c.db"));
  store::LoadResult load = store::SqliteLibrary::open(dir.file("c.db"));
  REQUIRE(load.library);
  for (int i = 0; i < load.library->question_count(); ++i) {
    const Question q = *load.library->question(i);
    const model::GeneratedQuestion& g = content.questions[static_cast<std::size_t>(i)];
    CHECK(q.id == i + 1);
    CHECK(q.key == g.id);
    CHECK(q.kind == g.kind);
    CHECK(q.prompt == g.prompt.at("en"));
    REQUIRE(q.choices.size() == g.choices.size());
    for (std::size_t c = 0; c < q.choices.size(); ++c) {
      CHECK(q.choices[c].correct == g.choices[c].correct);
      CHECK(q.choices[c].text == g.choices[c].text.at("en"));
    }
    CHECK_FALSE(q.sources.empty());
  }
  CHECK(load.library->highlight_count() > 0);
  CHECK(load.library->highlight(0));
}

TEST_CASE("the approved questions are counted by the check and by the library the kiosk reads") {
  test::TempDir dir;
  authoring::BuildResult r = authoring::build_content({test::fixture_dir("content"), "", ""});
  REQUIRE(r.ok());
  REQUIRE(r.content.questions.size() >= 3);
  r.content.questions[0].review = model::ReviewStatus::Approved;
  r.content.questions[2].review = model::ReviewStatus::Approved;
  store::write_database(r.content, dir.file("c.db"));
  const store::CheckReport report = store::check_file(dir.file("c.db"));
  REQUIRE(report.usable());
  CHECK(report.approved_questions == 2);
  for (const store::CheckDepth depth : {store::CheckDepth::Full, store::CheckDepth::Structure}) {
    store::LoadResult load = store::SqliteLibrary::open(dir.file("c.db"), depth);
    REQUIRE(load.library);
    CHECK(load.library->approved_question_count() == 2);
    CHECK(load.library->question(0)->approved);
    CHECK_FALSE(load.library->question(1)->approved);
  }
}

TEST_CASE("a failed write leaves the existing file untouched") {
  test::TempDir dir;
  test::write_fixture_db(dir.file("c.db"));
  const std::string before = test::read_text(dir.file("c.db"));
  model::Content broken;  // a fact about an entity that does not exist breaks a reference
  broken.meta.languages = {"en"};
  broken.meta.default_language = "en";
  broken.facts.push_back({});
  broken.facts.back().id = "f";
  broken.facts.back().subject = "nobody";
  CHECK_THROWS_AS(store::write_database(broken, dir.file("c.db")), store::StoreError);
  CHECK(test::read_text(dir.file("c.db")) == before);
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    CHECK(entry.path().filename() == "c.db");  // no temporary file left behind
  }
}

TEST_CASE("a database that would fail the kiosk's check is never put in place") {
  test::TempDir dir;
  model::Content content = test::write_fixture_db(dir.file("c.db"));
  const std::string before = test::read_text(dir.file("c.db"));
  content.entities.front().name["en"] = std::string(300, 'x');  // past the 200 a name may have
  try {
    store::write_database(content, dir.file("c.db"));
    FAIL("written");
  } catch (const store::StoreError& e) {
    CHECK(std::string(e.what()).find(
              "fails its own check: entity_text.name of entity 1 is too long") !=
          std::string::npos);
  }
  CHECK(test::read_text(dir.file("c.db")) == before);
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    CHECK(entry.path().filename() == "c.db");  // no temporary file left behind
  }
}

TEST_CASE("an untrusted file is opened read-only") {
  test::TempDir dir;
  test::write_fixture_db(dir.file("c.db"));
  store::DatabaseHandle db = store::open_untrusted(dir.file("c.db"));
  CHECK_THROWS_AS(store::exec(db.get(), "DELETE FROM question"), store::StoreError);
  CHECK(store::query_integer(db.get(), "PRAGMA mmap_size") == 0);
  CHECK(store::query_integer(db.get(), "PRAGMA trusted_schema") == 0);
}

namespace {

// The languages of the rows `sql` selects (one language a row), in order.
std::vector<std::string> languages_of(const std::string& path, const std::string& sql) {
  const store::DatabaseHandle db = test::open_as_writer(path);
  store::Statement s(db.get(), sql);
  std::vector<std::string> out;
  while (s.step()) out.push_back(s.text(0));
  return out;
}

}  // namespace

TEST_CASE(
    "a fact's text and a card's \"sources differ\" notes are written only in the languages "
    "they are whole in") {
  test::TempDir dir;
  std::filesystem::copy(test::bundled_content_dir(), dir.file("src"),
                        std::filesystem::copy_options::recursive);
  // Without the Russian of two relations' sentences: one a fact of a card, one in its notes.
  std::string relations = test::read_text(dir.file("src/relations.toml"));
  for (const std::string line :
       {"statement.ru = \"{subject} {subject|отправился|отправилась} на Международную "
        "космическую станцию на корабле {object}.\"\n",
        "statement.ru = \"Кроме хлеба, {subject} {subject|подарил|подарила} {qualifier:dat} "
        "{object:acc}.\"\n"}) {
    const auto at = relations.find(line);
    REQUIRE(at != std::string::npos);
    relations.erase(at, line.size());
  }
  test::write_text(dir.file("src/relations.toml"), relations);
  const authoring::BuildResult r =
      authoring::build_content({dir.file("src"), "", "2026-01-01T00:00:00Z"});
  REQUIRE(r.ok());
  store::write_database(r.content, dir.file("c.db"));
  CHECK(store::check_file(dir.file("c.db")).usable());
  CHECK(languages_of(dir.file("c.db"),
                     "SELECT t.lang FROM fact_text t JOIN fact f ON f.id = t.fact_id WHERE f.key = "
                     "'vasilevskaya-flew-up-ms-25' ORDER BY t.lang") ==
        std::vector<std::string>{"be", "en"});
  CHECK(languages_of(dir.file("c.db"),
                     "SELECT t.statement FROM fact_text t JOIN fact f ON f.id = t.fact_id WHERE "
                     "f.key = 'putin-met-vasilevskaya' AND t.lang = 'ru'") ==
        std::vector<std::string>{"Владимир Путин встретился с Мариной Василевской во время "
                                 "мероприятия в День космонавтики 2024 года."});
  CHECK(languages_of(dir.file("c.db"),
                     "SELECT d.lang FROM card_difference d JOIN card c ON c.id = d.card_id WHERE "
                     "c.key = 'salo-or-oil' ORDER BY d.lang, d.position") ==
        std::vector<std::string>{"be", "be", "en", "en"});
}
