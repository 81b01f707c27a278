// kiosk-db build, check and export, run the way a curator runs them.
#include "tool/commands.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>

#include "store/check.hpp"
#include "store/fast_hash.hpp"
#include "store/stats.hpp"
#include "support/support.hpp"
#include "tool/kiosk_db_run.hpp"

using namespace kiosk;
using test::kiosk_db;
using test::Run;

TEST_CASE("build writes a database from a content source and says what it wrote") {
  test::TempDir dir;
  const Run r = kiosk_db({"build", test::fixture_dir("content"), "-o", dir.file("c.db"),
                          "--documents", test::fixture_dir("documents")});
  CHECK(r.code == 0);
  CHECK(r.out.find("wrote " + dir.file("c.db") + ": 2 cards") != std::string::npos);
  CHECK(r.out.find("note: sources differ on 'height'") != std::string::npos);
  CHECK(std::filesystem::exists(dir.file("c.db")));
}

TEST_CASE("build reports problems as FILE:LINE and writes nothing") {
  test::TempDir dir;
  std::filesystem::copy(test::fixture_dir("content"), dir.file("src"),
                        std::filesystem::copy_options::recursive);
  std::string facts = test::read_text(dir.file("src/facts.toml"));
  facts.replace(facts.find("relation = \"stands_in\""), 22, "relation = \"stands_on\"");
  test::write_text(dir.file("src/facts.toml"), facts);
  test::write_text(dir.file("live.db"), "previous content");
  const Run r = kiosk_db({"build", dir.file("src"), "-o", dir.file("live.db")});
  CHECK(r.code == 1);
  CHECK(r.err.find(
            "facts.toml:11: error: fact 'lighthouse-place' uses unknown relation 'stands_on'") !=
        std::string::npos);
  CHECK(r.err.find("nothing was written") != std::string::npos);
  CHECK(test::read_text(dir.file("live.db")) == "previous content");
}

TEST_CASE("check passes a good file and explains a bad one") {
  test::TempDir dir;
  REQUIRE(kiosk_db({"build", test::fixture_dir("content"), "-o", dir.file("c.db")}).code == 0);
  const Run good = kiosk_db({"check", dir.file("c.db")});
  CHECK(good.code == 0);
  CHECK(good.out.find(": ok: \"Harbour Town test content\" version fixture-1, 2 cards") !=
        std::string::npos);
  // The checksum the staff panel shows for this file (XXH3 64 of its bytes), so a curator
  // can compare the two.
  const std::string bytes = test::read_text(dir.file("c.db"));
  store::Xxh3Hash expected;
  expected.add(std::span<const char>(bytes.data(), bytes.size()));
  CHECK(good.out.find(", checksum " + expected.hex() + " (XXH3 64)\n") != std::string::npos);
  CHECK(store::file_checksum(dir.file("c.db")) == expected.hex());  // what the panel uses
  test::write_text(dir.file("bad.db"), "garbage");
  const Run bad = kiosk_db({"check", dir.file("bad.db")});
  CHECK(bad.code == 1);
  CHECK(bad.err.find("not usable: '" + dir.file("bad.db") + "' is not an SQLite database") !=
        std::string::npos);
}

TEST_CASE("export prints the whole content as JSON") {
  test::TempDir dir;
  REQUIRE(kiosk_db({"build", test::fixture_dir("content"), "-o", dir.file("c.db")}).code == 0);
  const Run r = kiosk_db({"export", dir.file("c.db"), "--json"});
  REQUIRE(r.code == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j.contains("meta"));
  CHECK(j["cards"].size() == 2);
  CHECK_FALSE(j["questions"].empty());
  CHECK(j["questions"][0]["choices"][0].contains("correct"));
}

TEST_CASE("export refuses a file the kiosk would refuse") {
  test::TempDir dir;
  test::write_text(dir.file("bad.db"), "");
  const Run r = kiosk_db({"export", dir.file("bad.db"), "--json"});
  CHECK(r.code == 1);
  CHECK(r.out.empty());
}

TEST_CASE("misuse of the command line exits with 2") {
  CHECK(kiosk_db({}).code == 2);
  CHECK(kiosk_db({"build"}).code == 2);
  CHECK(kiosk_db({"frobnicate"}).code == 2);
  CHECK(kiosk_db({"--help"}).code == 0);
}

TEST_CASE("the bundled database built with the project passes check and exports") {
  const Run r = kiosk_db({"check", KIOSK_BUNDLED_DB});
  CHECK(r.code == 0);
  const Run e = kiosk_db({"export", KIOSK_BUNDLED_DB, "--json"});
  REQUIRE(e.code == 0);
  const auto j = nlohmann::json::parse(e.out);
  CHECK(j["questions"].size() >= 40);  // what two readings by an educator left
  CHECK(j["cards"].size() >= 5);
}

TEST_CASE("the bundled database exports whole in each of its languages") {
  for (const std::string language : {"en", "ru", "be"}) {
    CAPTURE(language);
    const Run e = kiosk_db({"export", KIOSK_BUNDLED_DB, "--json", "--lang", language});
    REQUIRE(e.code == 0);
    const auto j = nlohmann::json::parse(e.out);
    CHECK(j["meta"]["languages"] == nlohmann::json::array({"en", "ru", "be"}));
    CHECK(j["meta"]["language"] == language);
    for (const auto& q : j["questions"]) CHECK(q["prompt"].is_string());
    for (const auto& c : j["cards"]) CHECK(c["title"].is_string());
    // A quote in any language but its report's is marked as our translation.
    for (const auto& q : j["quotes"]) {
      CHECK(q.contains("translated_from") == (language != "en"));
    }
  }
  const Run ru = kiosk_db({"export", KIOSK_BUNDLED_DB, "--json", "--lang", "ru"});
  CHECK(ru.out.find("Роскосмос") != std::string::npos);
}

TEST_CASE("export refuses a language the file does not have, naming those it has") {
  const Run e = kiosk_db({"export", KIOSK_BUNDLED_DB, "--json", "--lang", "de"});
  CHECK(e.code == 1);
  CHECK(e.err.find("the file has no language 'de' (it has en, ru, be)") != std::string::npos);
}

TEST_CASE("the bundled content lacks no translation in any language") {
  const Run r = kiosk_db({"check", KIOSK_BUNDLED_DB});
  REQUIRE(r.code == 0);
  // check lists each language's gaps after the "ok" line, then the speech; there must be none.
  CHECK(r.out.find("have no text in it") == std::string::npos);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 2);
  CHECK(r.out.find(": speech: ") != std::string::npos);
}

TEST_CASE("install checks the new file and swaps it in for the live one") {
  test::TempDir dir;
  REQUIRE(kiosk_db({"build", test::fixture_dir("content"), "-o", dir.file("new.db")}).code == 0);
  test::write_text(dir.file("live.db"), "old content");
  const Run r = kiosk_db({"install", dir.file("new.db"), dir.file("live.db")});
  CHECK(r.code == 0);
  CHECK(r.out.find("installed") != std::string::npos);
  CHECK(test::read_text(dir.file("live.db")) == test::read_text(dir.file("new.db")));
  for (const auto& e : std::filesystem::directory_iterator(dir.path())) {
    CHECK(e.path().filename().string().find("installing") == std::string::npos);  // no leftovers
  }
}

TEST_CASE("install refuses a broken file and leaves the live one as it was") {
  test::TempDir dir;
  test::write_text(dir.file("new.db"), "SQLite format 3 but not really");
  test::write_text(dir.file("live.db"), "the content the kiosk shows");
  const Run r = kiosk_db({"install", dir.file("new.db"), dir.file("live.db")});
  CHECK(r.code == 1);
  CHECK(r.err.find("not installed: ") != std::string::npos);
  CHECK(test::read_text(dir.file("live.db")) == "the content the kiosk shows");
}

TEST_CASE("stats prints per question: shown, correct share, the wrong answer picked most") {
  test::TempDir dir;
  {
    auto db = store::StatsDb::open(dir.file("stats.db"));
    for (int i = 0; i < 4; ++i) db->record(ShownEvent{"q-hard", "v1"});
    db->record(AnswerEvent{"q-hard", "v1", "Minsk", false, 900});
    db->record(AnswerEvent{"q-hard", "v1", "Minsk", false, 800});
    db->record(AnswerEvent{"q-hard", "v1", "Kazan, \"old\"", false, 700});
    db->record(AnswerEvent{"q-hard", "v1", "Moscow", true, 600});
    db->record(ShownEvent{"q-easy", "v1"});
    db->record(AnswerEvent{"q-easy", "v1", "True", true, 500});
  }
  const Run table = kiosk_db({"stats", dir.file("stats.db")});
  REQUIRE(table.code == 0);
  CHECK(table.out.find("q-hard") < table.out.find("q-easy"));  // hardest first
  CHECK(table.out.find("25%") != std::string::npos);
  CHECK(table.out.find("Minsk (2)") != std::string::npos);
  const Run csv =
      kiosk_db({"stats", dir.file("stats.db"), "--csv", "--svg", dir.file("chart.svg")});
  REQUIRE(csv.code == 0);
  CHECK(csv.out.find("question,content_version,shown,answered,correct,correct_share,"
                     "most_picked_wrong") == 0);
  CHECK(csv.out.find("q-hard,v1,4,4,1,0.250,Minsk,2") != std::string::npos);
  const std::string svg = test::read_text(dir.file("chart.svg"));
  CHECK(svg.starts_with("<svg"));
  CHECK(svg.find("q-hard") != std::string::npos);
  CHECK(svg.find("25% of 4") != std::string::npos);
}

TEST_CASE("stats adds up several kiosks per question and content version") {
  test::TempDir dir;
  {
    auto hall = store::StatsDb::open(dir.file("hall.db"));
    hall->record(ShownEvent{"q-hard", "v1"});
    hall->record(AnswerEvent{"q-hard", "v1", "Minsk", false, 900});
    hall->record(ShownEvent{"q-hard", "v2"});  // reworded in v2: counted apart
    hall->record(AnswerEvent{"q-hard", "v2", "Moscow", true, 900});
    auto classroom = store::StatsDb::open(dir.file("classroom.db"));
    for (int i = 0; i < 3; ++i) classroom->record(ShownEvent{"q-hard", "v1"});
    classroom->record(AnswerEvent{"q-hard", "v1", "Kazan", false, 700});
    classroom->record(AnswerEvent{"q-hard", "v1", "Kazan", false, 700});
    classroom->record(AnswerEvent{"q-hard", "v1", "Moscow", true, 600});
  }
  const Run csv = kiosk_db({"stats", dir.file("hall.db"), dir.file("classroom.db"), "--csv"});
  REQUIRE(csv.code == 0);
  // 4 shown, 4 answered, 1 right; Kazan (2, one kiosk) beats Minsk (1, the other).
  CHECK(csv.out.find("q-hard,v1,4,4,1,0.250,Kazan,2\n") != std::string::npos);
  CHECK(csv.out.find("q-hard,v2,1,1,1,1.000,,0\n") != std::string::npos);
  const Run table = kiosk_db(
      {"stats", dir.file("hall.db"), dir.file("classroom.db"), "--svg", dir.file("chart.svg")});
  CHECK(table.out.starts_with("Added up over 2 kiosks.\n"));
  const std::string svg = test::read_text(dir.file("chart.svg"));
  CHECK(svg.find("q-hard (v1)</text>") != std::string::npos);
  CHECK(svg.find("25% of 4") != std::string::npos);
  const Run one = kiosk_db({"stats", dir.file("hall.db"), "--csv"});
  CHECK(one.out.find("q-hard,v1,1,1,0,0.000,Minsk,1\n") != std::string::npos);
}

TEST_CASE("stats names the kiosk whose file it cannot read, and adds up nothing") {
  test::TempDir dir;
  store::StatsDb::open(dir.file("hall.db"))->record(ShownEvent{"q", "v1"});
  test::write_text(dir.file("broken.db"), "not a database at all, but long enough to be read");
  const Run r = kiosk_db({"stats", dir.file("hall.db"), dir.file("broken.db")});
  CHECK(r.code == 1);
  CHECK(r.out.empty());
  CHECK(r.err.find("cannot read stats from '" + dir.file("broken.db")) != std::string::npos);
  CHECK(r.err.find("(nothing added up)") != std::string::npos);
}

TEST_CASE("stats explains a file it cannot read") {
  const Run r = kiosk_db({"stats", "/nonexistent/stats.db"});
  CHECK(r.code == 1);
  CHECK(r.err.find("cannot read stats") != std::string::npos);
}

TEST_CASE("synth writes a valid database of the size asked for") {
  test::TempDir dir;
  const Run r = kiosk_db(
      {"synth", "--questions", "500", "--cards", "20", "--version", "s-1", "-o", dir.file("s.db")});
  REQUIRE(r.code == 0);
  const Run check = kiosk_db({"check", dir.file("s.db")});
  CHECK(check.code == 0);
  CHECK(check.out.find("version s-1, 20 cards, 500 questions") != std::string::npos);
}

TEST_CASE("synth can write a content source that kiosk-db build accepts") {
  test::TempDir dir;
  REQUIRE(kiosk_db({"synth", "--questions", "300", "--cards", "10", "--source", dir.file("src")})
              .code == 0);
  const Run build = kiosk_db({"build", dir.file("src"), "-o", dir.file("s.db"), "--quiet"});
  CHECK(build.code == 0);
  CHECK(build.out.find("10 cards, 300 questions") != std::string::npos);
}
