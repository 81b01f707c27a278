// Every problem in a content source is reported with its file, its line and what is wrong.
#include <doctest/doctest.h>

#include <filesystem>

#include "authoring/broken_fixture.hpp"
#include "authoring/build.hpp"
#include "support/support.hpp"

using namespace kiosk;
using namespace kiosk::authoring;
using kiosk::test::Broken;

TEST_CASE("the fixture content source builds without errors") {
  const BuildResult r =
      build_content({test::fixture_dir("content"), test::fixture_dir("documents"), ""});
  std::string all;
  for (const Diagnostic& d : r.diagnostics.all()) all += format(d) + "\n";
  CAPTURE(all);
  CHECK(r.ok());
  CHECK(r.content.cards.size() == 2);
  CHECK_FALSE(r.content.questions.empty());
}

TEST_CASE("a TOML syntax error names the file and line") {
  Broken b("facts.toml", "relation = \"height\"\nnumber = 42", "relation = \"height\nnumber = 42");
  b.expect("facts.toml", 0, "");
  CHECK(b.result.diagnostics.all().front().line > 0);
}

TEST_CASE("a misspelt key is reported as unknown, with the keys that are known") {
  Broken b("facts.toml", "{ source = \"alpha\", evidence = \"stands 42",
           "{ source = \"alpha\", evidnce = \"stands 42");
  b.expect("facts.toml", 0, "unknown key 'evidnce'");
  b.expect("facts.toml", 0, "missing 'evidence'");
}

TEST_CASE("a missing required key is reported on its table's line") {
  Broken b("entities.toml", "id = \"carr\"\nkind = \"person\"\n", "id = \"carr\"\n");
  b.expect("entities.toml", 16, "entity 'carr': missing 'kind'");
}

TEST_CASE("a value of the wrong type is reported") {
  Broken b("facts.toml", "number = 42", "number = \"forty-two\"");
  b.expect("facts.toml", 0, "'number' must be a number, not a string");
}

TEST_CASE("a reference to an unknown entity is reported") {
  Broken b("facts.toml", "subject = \"lind\"\nrelation = \"mayor_of\"",
           "subject = \"lnid\"\nrelation = \"mayor_of\"");
  b.expect("facts.toml", 1, "fact 'lind-mayor' subject refers to unknown entity 'lnid'");
}

TEST_CASE("an entity of the wrong kind is reported") {
  Broken b("facts.toml",
           "object = \"harbour-town\"\nsources = [\n  { source = \"alpha\", evidence = \"The mayor",
           "object = \"ostrow\"\nsources = [\n  { source = \"alpha\", evidence = \"The mayor");
  b.expect("facts.toml", 1, "object 'ostrow' is a person, but a place is needed here");
}

TEST_CASE("a duplicate id is reported with where it was first used") {
  Broken b("entities.toml", "id = \"dunn\"", "id = \"carr\"");
  b.expect("entities.toml", 0, "duplicate entity id 'carr' (first at line 16)");
}

TEST_CASE("an id with capitals or spaces is refused") {
  Broken b("entities.toml", "id = \"dunn\"", "id = \"Dev Dunn\"");
  b.expect("entities.toml", 0, "must be lowercase letters");
}

TEST_CASE("a date that does not exist is refused") {
  Broken b("sources.toml", "date = \"2024-05\"\n\n[[source]]\nid = \"gamma\"",
           "date = \"2024-02-30\"\n\n[[source]]\nid = \"gamma\"");
  b.expect("sources.toml", 0, "'2024-02-30' is not a date");
}

TEST_CASE("an inferred date without its reason is refused") {
  Broken b("sources.toml", ", reason = \"The dateline gives May 3; the fixture is set in 2024.\"",
           "");
  b.expect("sources.toml", 6, "missing 'reason'");
}

TEST_CASE("a fact must have exactly one value") {
  Broken b("facts.toml", "number = 42", "number = 42\nobject = \"harbour-town\"");
  b.expect("facts.toml", 0, "give exactly one of 'object', 'date' or 'number'");
}

TEST_CASE("a fact's value must suit its relation") {
  Broken b("facts.toml", "number = 40\nunit = \"metres\"", "date = \"2024-05-01\"");
  b.expect("facts.toml", 0, "relation 'height' takes a 'number'");
}

TEST_CASE("an unknown relation is reported") {
  Broken b("facts.toml", "relation = \"stands_in\"", "relation = \"stands_on\"");
  b.expect("facts.toml", 0, "uses unknown relation 'stands_on'");
}

TEST_CASE("one name given to two entities is reported") {
  Broken b("entities.toml", "name = \"Cleo Carr\"", "name = \"Cleo Carr\"\naliases = [\"Lind\"]");
  b.expect("entities.toml", 0, "the name 'Lind' is given to both 'lind' and 'carr'");
}

TEST_CASE("a source that retells itself through others is reported") {
  Broken b("sources.toml", "date = \"2024-05\"\n\n[[source]]\nid = \"gamma\"",
           "date = \"2024-05\"\nrewrite_of = \"gamma\"\nrewrite_reason = "
           "\"loop\"\n\n[[source]]\nid = \"gamma\"");
  b.expect("sources.toml", 0, "rewrite_of goes round in a circle");
}

TEST_CASE("citing an unknown source is reported") {
  Broken b("facts.toml", "{ source = \"beta\", evidence = \"mayor Ada Lind\" }",
           "{ source = \"bteta\", evidence = \"mayor Ada Lind\" }");
  b.expect("facts.toml", 1, "refers to unknown source 'bteta'");
}

TEST_CASE("evidence that is not in the cited document is reported") {
  Broken b("facts.toml", "evidence = \"stands 42 metres tall\"",
           "evidence = \"stands 44 metres tall\"", test::fixture_dir("documents"));
  b.expect("facts.toml", 0, "\"stands 44 metres tall\" is not in the document of source 'alpha'");
}

TEST_CASE("a quote's words must be in its source") {
  Broken b("quotes.toml", "We waited ten years for this.", "We waited twenty years for this.",
           test::fixture_dir("documents"));
  b.expect("quotes.toml", 0, "quote 'ostrow-waited'");
}

TEST_CASE("an unknown placeholder in a relation's sentence is reported") {
  Broken b("relations.toml", "statement = \"{subject} is {value} tall.\"",
           "statement = \"{subject} is {heigth} tall.\"");
  b.expect("relations.toml", 0, "uses unknown placeholder {heigth}");
}

TEST_CASE("a quote must be spoken by a person") {
  Broken b("quotes.toml", "speaker = \"lind\"", "speaker = \"harbour-town\"");
  b.expect("quotes.toml", 1, "speaker 'harbour-town' is a place, but a person is needed here");
}

TEST_CASE("a card that rests on an unknown fact is reported") {
  Broken b("cards.toml", "\"ostrow-ribbon\"]", "\"height-gamma\"]");
  b.expect("cards.toml", 1, "card 'opening' refers to unknown fact 'height-gamma'");
}

TEST_CASE("a missing file of the content source is reported") {
  test::TempDir dir;
  std::filesystem::copy(test::fixture_dir("content"), dir.path(),
                        std::filesystem::copy_options::recursive);
  std::filesystem::remove(dir.file("quotes.toml"));
  const BuildResult r = build_content({dir.path().string(), "", ""});
  CHECK_FALSE(r.ok());
  CHECK(r.diagnostics.all().front().message.find("needs quotes.toml") != std::string::npos);
}

TEST_CASE("a top-level key that is not the file's table is reported") {
  Broken b("facts.toml", "[[fact]]\nid = \"lind-mayor\"", "[[facts]]\nid = \"lind-mayor\"");
  b.expect("facts.toml", 0, "unknown top-level key 'facts' (expected [[fact]])");
}

TEST_CASE("the default language must be one of the languages") {
  Broken b("kiosk.toml", "default_language = \"en\"", "default_language = \"fr\"");
  b.expect("kiosk.toml", 0, "default_language 'fr' is not in languages");
}

TEST_CASE("text in a language the content does not declare is reported") {
  Broken b("cards.toml", "title = \"Ten years of waiting\"",
           "title = { en = \"Ten years\", xx = \"?\" }");
  b.expect("cards.toml", 0, "has text in 'xx'");
}

TEST_CASE("every problem is reported, not just the first") {
  Broken b("entities.toml", "kind = \"place\"\nname = \"Lowfield\"",
           "kind = \"plaice\"\nname = \"\"");
  CHECK(b.result.diagnostics.error_count() >= 2);
  b.expect("entities.toml", 0, "unknown kind 'plaice'");
  b.expect("entities.toml", 0, "'name' is empty");
}

TEST_CASE("a quote not asked must say why") {
  Broken b("quotes.toml", "context = \"after the ceremony\"",
           "context = \"after the ceremony\"\nquiz = false");
  b.expect("quotes.toml", 21, "say why it is not asked");
}

TEST_CASE("a card may list a quote only when its text names the speaker") {
  Broken b("cards.toml", "Cleo Carr praised the mayor.", "a guest praised the mayor.");
  b.expect("cards.toml", 1,
           "lists quote 'carr-lind' but its text does not name the speaker, Cleo Carr");
}

TEST_CASE("a card listing an unknown quote is reported") {
  Broken b("cards.toml", "quotes = [\"carr-lind\"]", "quotes = [\"carr-lnid\"]");
  b.expect("cards.toml", 1, "card 'opening' refers to unknown quote 'carr-lnid'");
}

TEST_CASE("shared_by names people") {
  Broken b("quotes.toml", "context = \"after the ceremony\"",
           "context = \"after the ceremony\"\nshared_by = [\"harbour-town\"]");
  b.expect("quotes.toml", 15, "shared_by 'harbour-town' is a place, but a person is needed here");
}
