// The extractor on small made-up texts, one pattern at a time.
#include "authoring/extract/extract.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace kiosk;
using extract::Candidate;
using extract::CandidateKind;

namespace {

std::vector<Candidate> of_kind(const std::string& text, CandidateKind kind) {
  std::vector<Candidate> all = extract::extract("doc.txt", text);
  std::erase_if(all, [&](const Candidate& c) { return c.kind != kind; });
  return all;
}

std::vector<Candidate> direct_quotes(const std::string& text) {
  auto q = of_kind(text, CandidateKind::Quote);
  std::erase_if(q, [](const Candidate& c) { return !c.direct; });
  return q;
}

const std::string kIntro = "Harbour master Ben Ostrow met Mayor Ada Lind on Friday.\n";

}  // namespace

TEST_CASE("a quotation followed by its speaker and a speech verb") {
  const auto q = direct_quotes(kIntro + "\u201CWe waited ten years,\u201D Ostrow said.\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "We waited ten years,");
  CHECK(q[0].speaker == "Ben Ostrow");
  CHECK(q[0].source == "doc.txt");
  CHECK(q[0].offset == kIntro.size() + 3);
  CHECK(q[0].sentence == "\u201CWe waited ten years,\u201D Ostrow said.");
}

TEST_CASE("a speaker named before the quotation, with a colon") {
  const auto q = direct_quotes(kIntro + "Lind said: \u201CThe light is on.\u201D\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ada Lind");
}

TEST_CASE("a pronoun speaker is the subject of the sentence before") {
  const auto q = direct_quotes(kIntro + "Lind spoke first. \u201CIt works,\u201D she said.\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ada Lind");
}

TEST_CASE("a quotation that goes on over several paragraphs keeps its speaker") {
  const auto q = direct_quotes(kIntro +
                               "\u201CFirst part,\u201D Ostrow said. \u201CSecond part.\u201D\n"
                               "\u201CThird part, a paragraph of its own.\u201D\n");
  REQUIRE(q.size() == 3);
  for (const Candidate& c : q) CHECK(c.speaker == "Ben Ostrow");
}

TEST_CASE("straight quotes work too, and words nobody is said to have said have no speaker") {
  const auto q = direct_quotes(kIntro + "The two will discuss \"matters of the harbour.\"\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "matters of the harbour.");
  CHECK(q[0].speaker.empty());
}

TEST_CASE("a title stands for the person who holds it") {
  const auto q = direct_quotes(
      "The Mayor of Harbour Town, Ada Lind, opened it. Russian President "
      "Ivan Petrov came.\n\u201CWelcome,\u201D the Russian leader said.\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ivan Petrov");
}

TEST_CASE("reported speech is proposed as an indirect quote") {
  const auto q = of_kind(kIntro + "Lind stressed that the tower is safe.\n", CandidateKind::Quote);
  REQUIRE(q.size() == 1);
  CHECK_FALSE(q[0].direct);
  CHECK(q[0].speaker == "Ada Lind");
  CHECK(q[0].text == "the tower is safe.");
}

TEST_CASE("dates are read against the dateline") {
  const auto d = of_kind(
      "Posted: 03.05.2024\nThe tower opened on May 3rd. It will be painted on "
      "Monday. The next day, nothing. Back in 2014 there was none.\n",
      CandidateKind::Date);
  REQUIRE(d.size() == 5);
  CHECK(d[0].value == "2024-05-03");
  CHECK(d[1].value == "2024-05-03");
  CHECK(d[2].text == "on Monday");
  CHECK(d[2].value == "2024-05-06");  // 3 May 2024 was a Friday
  CHECK(d[3].value == "2024-05-04");
  CHECK(d[4].value == "2014");
}

TEST_CASE("without a year the value says so") {
  const auto d = of_kind(
      "HARBOUR TOWN, May 3. /AP/.\nOn May 4 and 5 a fair is held, as on "
      "March 25 of this year.\n",
      CandidateKind::Date);
  REQUIRE(d.size() == 3);
  CHECK(d[0].value == "--05-03");
  CHECK(d[1].value == "--05-04/--05-05");
  CHECK(d[2].value == "--03-25");
}

TEST_CASE("numbers are read with their units") {
  const auto n = of_kind(
      "It took about four hours and 25 centimetres of rope; a two-week stay; "
      "the 50th anniversary.",
      CandidateKind::Number);
  REQUIRE(n.size() == 4);
  CHECK(n[0].value == "4");
  CHECK(n[0].unit == "hours");
  CHECK(n[0].note == "about");
  CHECK(n[1].value == "25");
  CHECK(n[2].unit == "week");
  CHECK(n[3].value == "50");
}

TEST_CASE("people are found with the titles written beside them") {
  const auto p = of_kind(
      "Roscosmos First Deputy CEO Andrey Yelchaninov spoke to Franak Viacorka, "
      "chief political adviser to the leader.",
      CandidateKind::Person);
  REQUIRE(p.size() == 2);
  CHECK(p[0].text == "Andrey Yelchaninov");
  CHECK(p[0].role == "Roscosmos First Deputy CEO");
  CHECK(p[1].text == "Franak Viacorka");
}

TEST_CASE("places follow prepositions") {
  const auto p = of_kind("They met in Star City and flew to Minsk, then on to the Kremlin in May.",
                         CandidateKind::Place);
  REQUIRE(p.size() == 3);
  CHECK(p[0].text == "Star City");
  CHECK(p[1].text == "Minsk");
  CHECK(p[2].text == "the Kremlin");
}

TEST_CASE("empty or quote-only text yields nothing and does not crash") {
  CHECK(extract::extract("e.txt", "").empty());
  CHECK(extract::extract("q.txt", "\u201C").size() == 1);
  CHECK_NOTHROW(extract::extract("x.txt", "\"\"\"\u201D\u201C\n\n\u201C"));
}
