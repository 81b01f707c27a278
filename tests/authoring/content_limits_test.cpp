// Every limit the database check enforces is met in the content source first: an over-long or
// empty text is reported as FILE:LINE with what is wrong, and kiosk-db build writes nothing.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

#include "authoring/build.hpp"
#include "authoring/text_limits.hpp"
#include "core/content_limits.hpp"
#include "store/check.hpp"
#include "support/support.hpp"
#include "tool/commands.hpp"

using namespace kiosk;

namespace {

struct Edit {
  std::string file;
  std::string from;
  std::string to;
};

// `count` characters of two bytes each, so a limit counted in bytes would show.
std::string chars(int count) {
  std::string text;
  for (int i = 0; i < count; ++i) text += "\u0436";  // ж
  return text;
}

// The fixture content with `edits` made, built by kiosk-db as a curator runs it, over an output
// file that holds the previous database.
struct CuratorBuild {
  static constexpr const char* kPrevious = "the previous database";
  test::TempDir dir;
  int code = 0;
  std::string err;

  explicit CuratorBuild(const std::vector<Edit>& edits) {
    std::filesystem::copy(test::fixture_dir("content"), dir.file("src"),
                          std::filesystem::copy_options::recursive);
    for (const Edit& edit : edits) {
      const std::string path = dir.file("src/" + edit.file);
      std::string text = test::read_text(path);
      const auto at = text.find(edit.from);
      REQUIRE_MESSAGE(at != std::string::npos, "fixture has no '" << edit.from << "'");
      text.replace(at, edit.from.size(), edit.to);
      test::write_text(path, text);
    }
    test::write_text(dir.file("live.db"), kPrevious);
    // Without speech: these texts test the limits of text; speech has tests of its own.
    std::vector<std::string> args{"kiosk-db",          "build", dir.file("src"), "-o",
                                  dir.file("live.db"), "-q",    "--no-speech"};
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    std::ostringstream out;
    std::ostringstream errors;
    code = tool::main(static_cast<int>(argv.size()), argv.data(), out, errors);
    err = errors.str();
  }

  // An error on FILE:LINE whose message holds `words`.
  void expect(const std::string& file, int line, const std::string& words) const {
    const std::string prefix = dir.file("src/" + file) + ":" + std::to_string(line) + ": error: ";
    std::istringstream lines(err);
    for (std::string l; std::getline(lines, l);) {
      if (l.rfind(prefix, 0) == 0 && l.find(words) != std::string::npos) return;
    }
    FAIL("no error at " << file << ":" << line << " holding '" << words << "'; got:\n" << err);
  }

  // Refused, and the previous database left as it was, with no temporary file beside it.
  void expect_nothing_written() const {
    CHECK(code == 1);
    CHECK(err.find("nothing was written") != std::string::npos);
    CHECK(err.find("internal error") == std::string::npos);
    CHECK(test::read_text(dir.file("live.db")) == kPrevious);
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
      const std::string name = entry.path().filename().string();
      CHECK_MESSAGE((name == "src" || name == "live.db"), "left behind: " << name);
    }
  }
};

// The fixture built in memory, for the limits no content source can reach on its own.
authoring::BuildResult fixture_build() {
  authoring::BuildResult r =
      authoring::build_content({test::fixture_dir("content"), "", "2026-01-01T00:00:00Z"});
  REQUIRE(r.ok());
  return r;
}

// The errors check_text_limits reports for `content`, formatted.
std::string limit_errors(const model::Content& content) {
  authoring::Diagnostics d;
  authoring::check_text_limits(content, nullptr, d);
  std::string all;
  for (const authoring::Diagnostic& x : d.all()) {
    if (x.severity == authoring::Severity::Error) all += authoring::format(x) + "\n";
  }
  return all;
}

model::GeneratedQuestion& question_of_fact(model::Content& content, const std::string& fact) {
  for (model::GeneratedQuestion& q : content.questions) {
    if (q.fact == fact) return q;
  }
  FAIL("no question of fact " << fact);
  return content.questions.front();
}

}  // namespace

TEST_CASE("text exactly at its limits builds a database that passes the check") {
  const CuratorBuild b({
      {"kiosk.toml", "\"Harbour Town test content\"",
       "\"" + chars(limits::kMetaText.max_chars) + "\""},
      {"sources.toml", "\"The lighthouse opens\"",
       "\"" + chars(limits::kSourceTitle.max_chars) + "\""},
      {"entities.toml", "\"Ada Lind\"", "\"" + chars(limits::kEntityName.max_chars) + "\""},
      {"entities.toml", "\"Mayor of Harbour Town\"",
       "\"" + chars(limits::kEntityRole.max_chars) + "\""},
      {"quotes.toml", "\"about the new lighthouse\"",
       "\"" + chars(limits::kQuoteContext.max_chars) + "\""},
      {"cards.toml", "\"Ten years of waiting\"", "\"" + chars(limits::kCardTitle.max_chars) + "\""},
      {"cards.toml", "\"The harbour master said the town had waited a long time.\"",
       "\"" + chars(limits::kCardBody.max_chars) + "\""},
  });
  CAPTURE(b.err);
  REQUIRE(b.code == 0);
  CHECK(store::check_file(b.dir.file("live.db")).usable());
}

TEST_CASE("an entity name of 300 characters is refused at its line, not after writing") {
  const CuratorBuild b(
      {{"entities.toml", "name = \"Cleo Carr\"", "name = \"" + chars(300) + "\""}});
  b.expect("entities.toml", 20, "entity 'carr': 'name' is too long (300 characters; at most 200)");
  b.expect_nothing_written();
}

TEST_CASE("a name too long in one language of several is refused at that language's line") {
  const CuratorBuild b({{"kiosk.toml", "languages = [\"en\"]", "languages = [\"en\", \"be\"]"},
                        {"entities.toml", "name = \"Cleo Carr\"",
                         "[entity.name]\nen = \"Cleo Carr\"\nbe = \"" + chars(201) + "\""}});
  b.expect("entities.toml", 22, "'name' is too long (201 characters; at most 200)");
  b.expect_nothing_written();
}

TEST_CASE("a content title longer than the attract screen holds is refused") {
  const CuratorBuild b({{"kiosk.toml", "\"Harbour Town test content\"", "\"" + chars(301) + "\""}});
  b.expect("kiosk.toml", 1, "'title' is too long (301 characters; at most 300)");
  b.expect_nothing_written();
}

TEST_CASE("a subtitle given but left empty is refused rather than stored as empty text") {
  const CuratorBuild b({{"kiosk.toml", "\"A small, complete fixture\"", "\"\""}});
  b.expect("kiosk.toml", 2, "'subtitle' is empty");
  b.expect_nothing_written();
}

TEST_CASE("a content version longer than a setting may be is refused") {
  const CuratorBuild b({{"kiosk.toml", "\"fixture-1\"", "\"" + chars(1001) + "\""}});
  b.expect("kiosk.toml", 3, "'content_version' is too long (1001 characters; at most 1000)");
  b.expect_nothing_written();
}

TEST_CASE("a language named twice, or not a language code, is refused before the write") {
  const CuratorBuild b(
      {{"kiosk.toml", "languages = [\"en\"]", "languages = [\"en\", \"en\", \"e,n\"]"}});
  b.expect("kiosk.toml", 4, "'languages' names 'en' twice");
  b.expect("kiosk.toml", 4, "'e,n' is not a language code");
  b.expect_nothing_written();
}

TEST_CASE("a source title longer than 300 characters is refused") {
  const CuratorBuild b({{"sources.toml", "\"The lighthouse opens\"", "\"" + chars(301) + "\""}});
  b.expect("sources.toml", 5, "source 'alpha': 'title' is too long (301 characters; at most 300)");
  b.expect_nothing_written();
}

TEST_CASE("an outlet longer than a source's whole credit line is refused at its line") {
  const CuratorBuild b({{"sources.toml", "\"Alpha Daily\"", "\"" + chars(301) + "\""}});
  b.expect("sources.toml", 4, "source 'alpha': 'outlet' is too long (301 characters; at most 300)");
  b.expect_nothing_written();
}

TEST_CASE("an outlet that with its date makes the credit line too long is blamed on the source") {
  // "OUTLET, May 3, 2024 (year inferred)": 290 + 29 characters.
  const CuratorBuild b({{"sources.toml", "\"Alpha Daily\"", "\"" + chars(290) + "\""}});
  b.expect("sources.toml", 1, "source 'alpha': its credit line (outlet and date)");
  b.expect("sources.toml", 1, "is too long (319 characters; at most 300)");
  b.expect_nothing_written();
}

TEST_CASE("an entity role longer than 300 characters is refused") {
  const CuratorBuild b({{"entities.toml", "\"Mayor of Harbour Town\"", "\"" + chars(301) + "\""}});
  b.expect("entities.toml", 7, "entity 'lind': 'role' is too long (301 characters; at most 300)");
  b.expect_nothing_written();
}

TEST_CASE("a fact's own statement longer than 1000 characters is refused") {
  const CuratorBuild b({{"facts.toml", "id = \"lind-mayor\"\n",
                         "id = \"lind-mayor\"\nstatement = \"" + chars(1001) + "\"\n"}});
  b.expect("facts.toml", 3,
           "fact 'lind-mayor': 'statement' is too long (1001 characters; at most 1000)");
  b.expect_nothing_written();
}

TEST_CASE("a fact's own statement given but left empty is refused") {
  const CuratorBuild b(
      {{"facts.toml", "id = \"lind-mayor\"\n", "id = \"lind-mayor\"\nstatement = \"\"\n"}});
  b.expect("facts.toml", 3, "'statement' is empty");
  b.expect_nothing_written();
}

TEST_CASE("a unit longer than a value's label is refused at its line") {
  const CuratorBuild b({{"facts.toml", "number = 42\nunit = \"metres\"",
                         "number = 42\nunit = \"" + chars(201) + "\""}});
  b.expect("facts.toml", 30,
           "fact 'height-alpha': 'unit' is too long (201 characters; at most 200)");
  b.expect_nothing_written();
}

TEST_CASE("a unit that with its number makes the value's label too long is blamed on the fact") {
  // "about 42 UNIT": 9 + 195 characters.
  const CuratorBuild b({{"facts.toml", "number = 42\nunit = \"metres\"",
                         "number = 42\napproximate = true\nunit = \"" + chars(195) + "\""}});
  b.expect("facts.toml", 25, "fact 'height-alpha': its value as shown \"about 42");
  b.expect("facts.toml", 25, "is too long (204 characters; at most 200)");
  b.expect_nothing_written();
}

TEST_CASE("a relation's sentence that makes a fact's sentence too long is blamed on the fact") {
  const CuratorBuild b({{"relations.toml", "statement = \"{subject} stands in {object}.\"",
                         "statement = \"{subject} stands in {object}, " + chars(1000) + ".\""}});
  b.expect("facts.toml", 11,
           "fact 'lighthouse-place': its sentence \"the new lighthouse stands in");
  b.expect("facts.toml", 11, "at most 1000)");
  b.expect_nothing_written();
}

TEST_CASE(
    "a relation's question that comes out too long is blamed on the fact, with a note at the "
    "relation") {
  const CuratorBuild b({{"relations.toml", "ask_value = \"Where does {subject} stand?\"",
                         "ask_value = \"Where does {subject} stand, " + chars(600) + "?\""}});
  b.expect("facts.toml", 11,
           "fact 'lighthouse-place': its question 'where:lighthouse-place:value'");
  b.expect("facts.toml", 11, "at most 600)");
  b.expect_nothing_written();
  const authoring::BuildResult r = authoring::build_content({b.dir.file("src"), "", ""});
  bool noted = false;
  for (const authoring::Diagnostic& d : r.diagnostics.all()) {
    noted = noted ||
            (d.severity == authoring::Severity::Note && d.line == 11 &&
             d.file == b.dir.file("src/relations.toml") &&
             d.message.find("relation 'stands_in': its words are in the text reported at") == 0);
  }
  CHECK(noted);
}

TEST_CASE("quote words longer than 2000 characters are refused") {
  const CuratorBuild b(
      {{"quotes.toml", "\"We waited ten years for this.\"", "\"" + chars(2001) + "\""}});
  b.expect("quotes.toml", 11,
           "quote 'ostrow-waited': 'words' is too long (2001 characters; at most 2000)");
  b.expect_nothing_written();
}

TEST_CASE("a quote too long to be asked about is blamed on the quote") {
  // Within the 2000 characters a quote may have, but "Who said this? ..." may have only 600.
  const CuratorBuild b(
      {{"quotes.toml", "\"We waited ten years for this.\"", "\"" + chars(700) + "\""}});
  b.expect("quotes.toml", 8, "quote 'ostrow-waited': its question 'who_said:ostrow-waited'");
  b.expect("quotes.toml", 8, "is too long (717 characters; at most 600)");
  b.expect_nothing_written();
}

TEST_CASE("a quote's context longer than 500 characters is refused") {
  const CuratorBuild b({{"quotes.toml", "\"about the new lighthouse\"", "\"" + chars(501) + "\""}});
  b.expect("quotes.toml", 13,
           "quote 'ostrow-waited': 'context' is too long (501 characters; at most 500)");
  b.expect_nothing_written();
}

TEST_CASE("a card title longer than 300 characters is refused") {
  const CuratorBuild b({{"cards.toml", "\"Ten years of waiting\"", "\"" + chars(301) + "\""}});
  b.expect("cards.toml", 19, "card 'waiting': 'title' is too long (301 characters; at most 300)");
  b.expect_nothing_written();
}

TEST_CASE("a card text longer than 10000 characters is refused") {
  const CuratorBuild b(
      {{"cards.toml", "\"The harbour master said the town had waited a long time.\"",
        "\"" + chars(10001) + "\""}});
  b.expect("cards.toml", 22,
           "card 'waiting': 'body' is too long (10001 characters; at most 10000)");
  b.expect_nothing_written();
}

TEST_CASE("a disputed fact whose sources-differ line is too long is blamed on the fact") {
  // "Beta Weekly and Gamma Digest: STATEMENT" on the card: 30 + 990 characters.
  const CuratorBuild b({{"facts.toml", "id = \"height-beta\"\n",
                         "id = \"height-beta\"\nstatement = \"" + chars(990) + "\"\n"}});
  b.expect("facts.toml", 33, "fact 'height-beta': its \"sources differ\" line on card 'opening'");
  b.expect("facts.toml", 33, "is too long (1020 characters; at most 1000)");
  b.expect_nothing_written();
}

TEST_CASE("a string too long for any row the kiosk reads is refused at its line") {
  const CuratorBuild b({{"facts.toml", "\"stands 42 metres tall\"",
                         "\"" + std::string(limits::kMaxSourceStringBytes + 1, 'x') + "\""}});
  b.expect(
      "facts.toml", 31,
      "'evidence' is too long (" + std::to_string(limits::kMaxSourceStringBytes + 1) + " bytes");
  b.expect_nothing_written();
}

TEST_CASE("text that is not UTF-8 is refused with its line") {
  const CuratorBuild b(
      {{"entities.toml", "name = \"Cleo Carr\"", "name = \"Cleo \xC3\x28 Carr\""}});
  b.expect("entities.toml", 20, "utf-8");
  b.expect_nothing_written();
}

TEST_CASE("an empty string in a list of sources is refused before it reaches the database") {
  const CuratorBuild b({{"quotes.toml", "sources = [\"beta\"]", "sources = [\"beta\", \"\"]"}});
  b.expect("quotes.toml", 12, "'sources' holds an empty string");
  b.expect_nothing_written();
}

TEST_CASE("a wrong id hundreds of kilobytes long is reported, not a crash") {
  // A regular expression matching it would recurse once a character and overflow the stack.
  const CuratorBuild b({{"entities.toml", "id = \"dunn\"",
                         "id = \"" + std::string(limits::kMaxSourceStringBytes / 2, 'd') + "X\""}});
  b.expect("entities.toml", 22, "must be lowercase letters, digits, '-' and '_'");
  b.expect_nothing_written();
}

TEST_CASE("an explanation the builder makes too long is blamed on the fact it explains") {
  authoring::BuildResult r = fixture_build();
  question_of_fact(r.content, "lind-mayor").explanation["en"] = chars(1501);
  const std::string errors = limit_errors(r.content);
  CHECK(errors.find("facts.toml:1: error: fact 'lind-mayor': the explanation of its question") !=
        std::string::npos);
  CHECK(errors.find("is too long (1501 characters; at most 1500)") != std::string::npos);
}

TEST_CASE("an answer the builder makes too long is blamed on the fact it tests") {
  authoring::BuildResult r = fixture_build();
  question_of_fact(r.content, "lind-mayor").choices.back().text["en"] = chars(301);
  const std::string errors = limit_errors(r.content);
  CHECK(errors.find("facts.toml:1: error: fact 'lind-mayor': an answer to its question") !=
        std::string::npos);
  CHECK(errors.find("is too long (301 characters; at most 300)") != std::string::npos);
}

TEST_CASE("a question with more answers than the database allows is blamed on its fact") {
  authoring::BuildResult r = fixture_build();
  model::GeneratedQuestion& q = question_of_fact(r.content, "lind-mayor");
  while (static_cast<int>(q.choices.size()) <= limits::kMaxChoices)
    q.choices.push_back(q.choices.back());
  CHECK(limit_errors(r.content).find("facts.toml:1: error: fact 'lind-mayor': its question") !=
        std::string::npos);
  CHECK(limit_errors(r.content).find("answers (at most 16)") != std::string::npos);
}

TEST_CASE("a question without exactly one right answer is blamed on its fact") {
  authoring::BuildResult r = fixture_build();
  for (model::GeneratedChoice& c : question_of_fact(r.content, "lind-mayor").choices)
    c.correct = true;
  CHECK(limit_errors(r.content).find("right answers (needs exactly 1)") != std::string::npos);
}

TEST_CASE("a true-or-false question with other than two answers is blamed on its fact") {
  authoring::BuildResult r = fixture_build();
  for (model::GeneratedQuestion& q : r.content.questions) {
    if (q.kind != QuestionKind::TrueFalse) continue;
    q.choices.push_back(q.choices.back());
    q.choices.back().correct = false;
    CHECK(limit_errors(r.content).find("is true-or-false but has 3 answers") != std::string::npos);
    return;
  }
  FAIL("the fixture has no true-or-false question");
}

TEST_CASE("a card whose date label comes out empty is blamed on the card") {
  // A content source cannot leave a card without a date; the check is there all the same.
  authoring::BuildResult r = fixture_build();
  r.content.cards.front().date.reset();        // an empty date label, which a card must not have
  r.content.cards.front().date_label.clear();  // as the builder derives it from no date
  CHECK(limit_errors(r.content).find("card 'opening': its date \"\" is empty") !=
        std::string::npos);
}
