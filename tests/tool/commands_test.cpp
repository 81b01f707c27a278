// kiosk-db build, check and export, run the way a curator runs them.
#include "tool/commands.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>

#include "support/support.hpp"

using namespace kiosk;

namespace {

struct Run {
  int code = 0;
  std::string out;
  std::string err;
};

Run kiosk_db(std::vector<std::string> args) {
  args.insert(args.begin(), "kiosk-db");
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  std::ostringstream out;
  std::ostringstream err;
  const int code = tool::main(static_cast<int>(argv.size()), argv.data(), out, err);
  return {code, out.str(), err.str()};
}

}  // namespace

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
  std::filesystem::copy(test::fixture_dir("content"), dir.file("src"), std::filesystem::copy_options::recursive);
  std::string facts = test::read_text(dir.file("src/facts.toml"));
  facts.replace(facts.find("relation = \"stands_in\""), 22, "relation = \"stands_on\"");
  test::write_text(dir.file("src/facts.toml"), facts);
  test::write_text(dir.file("live.db"), "previous content");
  const Run r = kiosk_db({"build", dir.file("src"), "-o", dir.file("live.db")});
  CHECK(r.code == 1);
  CHECK(r.err.find("facts.toml:11: error: fact 'lighthouse-place' uses unknown relation 'stands_on'") !=
        std::string::npos);
  CHECK(r.err.find("nothing was written") != std::string::npos);
  CHECK(test::read_text(dir.file("live.db")) == "previous content");
}

TEST_CASE("check passes a good file and explains a bad one") {
  test::TempDir dir;
  REQUIRE(kiosk_db({"build", test::fixture_dir("content"), "-o", dir.file("c.db")}).code == 0);
  const Run good = kiosk_db({"check", dir.file("c.db")});
  CHECK(good.code == 0);
  CHECK(good.out.find(": ok: \"Harbour Town test content\" version fixture-1, 2 cards") != std::string::npos);
  test::write_text(dir.file("bad.db"), "garbage");
  const Run bad = kiosk_db({"check", dir.file("bad.db")});
  CHECK(bad.code == 1);
  CHECK(bad.err.find("not usable: '" + dir.file("bad.db") + "' is not an SQLite database") != std::string::npos);
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
  CHECK(j["questions"].size() >= 60);
  CHECK(j["cards"].size() >= 5);
}
