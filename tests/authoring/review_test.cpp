// review.toml: a curator's verdicts, their fingerprints, and what a build does with them.
#include "authoring/review.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "authoring/build.hpp"
#include "authoring/fixture_copy.hpp"
#include "support/support.hpp"

using namespace kiosk;
using test::FixtureCopy;
using namespace kiosk::authoring;

namespace {

const Reviewer kAda{"Ada Lind", "2026-11-03T10:00:00Z"};

const model::GeneratedQuestion& any_question(const BuildResult& built) {
  REQUIRE_FALSE(built.content.questions.empty());
  return built.content.questions.front();
}

bool has_question(const BuildResult& built, const std::string& id) {
  return std::any_of(built.content.questions.begin(), built.content.questions.end(),
                     [&](const model::GeneratedQuestion& q) { return q.id == id; });
}

const LeftOut* left_out(const BuildResult& built, const std::string& id) {
  for (const LeftOut& l : built.left_out) {
    if (l.question == id) return &l;
  }
  return nullptr;
}

bool has_error(const Diagnostics& d, const std::string& text) {
  return std::any_of(d.all().begin(), d.all().end(), [&](const Diagnostic& x) {
    return x.severity == Severity::Error && format(x).find(text) != std::string::npos;
  });
}

// `q` worded in Russian and Belarusian too, as the bundled content's questions are.
model::GeneratedQuestion in_three_languages(model::GeneratedQuestion q) {
  q.prompt["ru"] = "Кто возглавлял Роскосмос?";
  q.prompt["be"] = "Хто ўзначальваў Раскосмас?";
  q.explanation["ru"] = "Так писал ТАСС.";
  q.explanation["be"] = "Так пісаў ТАСС.";
  for (std::size_t i = 0; i < q.choices.size(); ++i) {
    q.choices[i].text["ru"] = "ответ " + std::to_string(i);
    q.choices[i].text["be"] = "адказ " + std::to_string(i);
  }
  return q;
}

// A question of the fixture worded in three languages, and a book in which Ada approved it.
struct ApprovedQuestion {
  model::GeneratedQuestion question;
  ReviewBook book;
};

ApprovedQuestion approved_in_three_languages(const FixtureCopy& fixture) {
  ApprovedQuestion out{in_three_languages(any_question(fixture.build(Approval::NotApplied))), {}};
  approve(out.book, out.question, kAda, "en");
  return out;
}

}  // namespace

TEST_CASE(
    "an approval records the question's id, who approved it, when, and the fingerprint of its "
    "wording") {
  const FixtureCopy fixture;
  const BuildResult built = fixture.build(Approval::NotApplied);
  const model::GeneratedQuestion& q = any_question(built);
  ReviewBook book;
  approve(book, q, kAda, "en");
  write_review_file(book, fixture.review_file());
  const std::string text = test::read_text(fixture.review_file());
  const std::string fingerprint = question_fingerprint(q, "en", "en");
  CHECK(fingerprint.size() == 16);
  CHECK(text.find("[[question]]\nid = \"" + q.id +
                  "\"\nverdict = \"approved\"\nby = \"Ada Lind\"\n"
                  "at = \"2026-11-03T10:00:00Z\"\nfingerprint = { en = \"" +
                  fingerprint + "\" }\n") != std::string::npos);
  Diagnostics d;
  const ReviewBook back = read_review_file(fixture.review_file(), "en", d);
  CHECK_FALSE(d.has_errors());
  REQUIRE(back.contains(q.id));
  CHECK(back.at(q.id).fingerprints == Fingerprints{{"en", fingerprint}});
  CHECK(back.at(q.id).by == "Ada Lind");
  CHECK(review_state(q, back, "en") == ReviewState::Approved);
}

TEST_CASE("review.toml lists its verdicts in id order, whatever order they were given in") {
  const FixtureCopy fixture;
  const BuildResult built = fixture.build(Approval::NotApplied);
  REQUIRE(built.content.questions.size() >= 2);
  ReviewBook book;
  for (auto q = built.content.questions.rbegin(); q != built.content.questions.rend(); ++q) {
    approve(book, *q, kAda, "en");
  }
  const std::string text = review_file_text(book);
  std::vector<std::string> ids;
  for (const auto& q : built.content.questions) ids.push_back(q.id);
  std::sort(ids.begin(), ids.end());
  std::size_t last = 0;
  for (const std::string& id : ids) {
    const std::size_t at = text.find("id = \"" + id + "\"");
    REQUIRE(at != std::string::npos);
    CHECK(at > last);
    last = at;
  }
}

TEST_CASE("a question whose prompt, answers or explanation change loses its approval") {
  const FixtureCopy fixture;
  const BuildResult built = fixture.build(Approval::NotApplied);
  const model::GeneratedQuestion& approved = any_question(built);
  ReviewBook book;
  approve(book, approved, kAda, "en");
  model::GeneratedQuestion q = approved;
  CHECK(review_state(q, book, "en") == ReviewState::Approved);
  q.prompt["en"] += " (reworded)";
  CHECK(review_state(q, book, "en") == ReviewState::Changed);
  q = approved;
  q.choices.back().text["en"] = "Another wrong answer";
  CHECK(review_state(q, book, "en") == ReviewState::Changed);
  q = approved;
  std::swap(q.choices.front().correct, q.choices.back().correct);
  CHECK(review_state(q, book, "en") == ReviewState::Changed);
  q = approved;
  q.explanation["en"] = "Because.";
  CHECK(review_state(q, book, "en") == ReviewState::Changed);
}

TEST_CASE("a build leaves out a question changed since its approval when approval is required") {
  const FixtureCopy fixture;
  const BuildResult built = fixture.build(Approval::NotApplied);
  model::Content content = built.content;
  ReviewBook book;
  for (const auto& q : content.questions) approve(book, q, kAda, "en");
  const std::string changed = content.questions.front().id;
  content.questions.front().prompt["en"] = "A new prompt?";
  const std::vector<LeftOut> out = apply_reviews(content, book, Approval::Required);
  REQUIRE(out.size() == 1);
  CHECK(out.front().question == changed);
  CHECK(out.front().why.starts_with("changed since it was approved by Ada Lind"));
  CHECK(content.questions.size() == built.content.questions.size() - 1);
  for (const auto& q : content.questions) CHECK(q.review == model::ReviewStatus::Approved);
}

TEST_CASE("a rejected question is never built, even when approval is not required") {
  const FixtureCopy fixture;
  const BuildResult all = fixture.build(Approval::NotApplied);
  ReviewBook book;
  for (const auto& q : all.content.questions) approve(book, q, kAda, "en");
  const std::string id = any_question(all).id;
  reject(book, any_question(all), "the pool gives the answer away", kAda, "en");
  write_review_file(book, fixture.review_file());
  for (const Approval approval : {Approval::Marked, Approval::Required}) {
    const BuildResult built = fixture.build(approval);
    REQUIRE(built.ok());
    CHECK_FALSE(has_question(built, id));
    CHECK(built.content.questions.size() == all.content.questions.size() - 1);
    REQUIRE(built.left_out.size() == 1);
    CHECK(built.left_out.front().question == id);
    CHECK(built.left_out.front().why == "rejected: the pool gives the answer away");
  }
}

TEST_CASE("without --require-approval every question is built, and the approved ones are marked") {
  const FixtureCopy fixture;
  const BuildResult all = fixture.build(Approval::NotApplied);
  const model::GeneratedQuestion& q = any_question(all);
  ReviewBook book;
  approve(book, q, kAda, "en");
  write_review_file(book, fixture.review_file());
  const BuildResult built = fixture.build(Approval::Marked);
  REQUIRE(built.ok());
  CHECK(built.left_out.empty());
  CHECK(built.content.questions.size() == all.content.questions.size());
  for (const auto& b : built.content.questions) {
    CHECK(b.review ==
          (b.id == q.id ? model::ReviewStatus::Approved : model::ReviewStatus::Unreviewed));
  }
}

TEST_CASE("with approval required, the unreviewed questions are left out and listed") {
  const FixtureCopy fixture;
  const BuildResult all = fixture.build(Approval::NotApplied);
  const model::GeneratedQuestion& q = any_question(all);
  ReviewBook book;
  approve(book, q, kAda, "en");
  write_review_file(book, fixture.review_file());
  const BuildResult built = fixture.build(Approval::Required);
  REQUIRE(built.ok());
  REQUIRE(built.content.questions.size() == 1);
  CHECK(built.content.questions.front().id == q.id);
  CHECK(built.content.questions.front().review == model::ReviewStatus::Approved);
  CHECK(built.left_out.size() == all.content.questions.size() - 1);
  for (const auto& other : all.content.questions) {
    if (other.id == q.id) continue;
    REQUIRE(left_out(built, other.id) != nullptr);
    CHECK(left_out(built, other.id)->why == "unreviewed");
  }
}

TEST_CASE("with approval required and nothing approved, the build fails and says why") {
  const FixtureCopy fixture;
  const BuildResult built = fixture.build(Approval::Required);
  CHECK_FALSE(built.ok());
  CHECK(has_error(built.diagnostics, "no question is approved"));
}

TEST_CASE("a rejection needs a reason") {
  const FixtureCopy fixture;
  const BuildResult all = fixture.build(Approval::NotApplied);
  const model::GeneratedQuestion& q = any_question(all);
  ReviewBook book;
  CHECK_THROWS_AS(reject(book, q, "", kAda, "en"), std::invalid_argument);
  CHECK(book.empty());
  test::write_text(
      fixture.review_file(),
      "[[question]]\nid = \"" + q.id +
          "\"\nverdict = \"rejected\"\n"
          "by = \"Ada\"\nat = \"2026-11-03T10:00:00Z\"\nfingerprint = \"0123456789abcdef\"\n");
  const BuildResult built = fixture.build(Approval::Marked);
  CHECK(has_error(built.diagnostics,
                  "review.toml:1: error: verdict on '" + q.id + "': a rejection needs a 'reason'"));
}

TEST_CASE("a rejection's reason survives the file, hostile characters and all") {
  const FixtureCopy fixture;
  const BuildResult all = fixture.build(Approval::NotApplied);
  const model::GeneratedQuestion& q = any_question(all);
  const std::string reason = "\nsays \"no\" \\ <script>alert('x')</script>\ttab\nend";
  ReviewBook book;
  reject(book, q, reason, kAda, "en");
  write_review_file(book, fixture.review_file());
  Diagnostics d;
  const ReviewBook back = read_review_file(fixture.review_file(), "en", d);
  CHECK_FALSE(d.has_errors());
  REQUIRE(back.contains(q.id));
  CHECK(back.at(q.id).reason == reason);
  CHECK(back.at(q.id).verdict == Verdict::Rejected);
}

TEST_CASE("a bad review.toml is reported as FILE:LINE, like the rest of the content source") {
  const FixtureCopy fixture;
  const std::string id = any_question(fixture.build(Approval::NotApplied)).id;
  const std::string good = "[[question]]\nid = \"" + id +
                           "\"\nverdict = \"approved\"\nby = \"Ada\"\n"
                           "at = \"2026-11-03T10:00:00Z\"\nfingerprint = \"0123456789abcdef\"\n";
  struct Case {
    std::string text;
    std::string error;
  };
  const Case cases[] = {
      {good + "\n[[question]\n", "review.toml:8: error: "},
      {good + "verdikt = \"approved\"\n",
       "review.toml:7: error: verdict on '" + id + "': unknown key 'verdikt'"},
      {"[[question]]\nid = \"" + id +
           "\"\nverdict = \"fine\"\nby = \"Ada\"\nat = \"x\"\nfingerprint = \"0123456789abcdef\"\n",
       "review.toml:3: error: verdict on '" + id +
           "': 'verdict' must be \"approved\" or \"rejected\", not \"fine\""},
      {"[[question]]\nid = \"who:nobody\"\nverdict = \"approved\"\nby = \"Ada\"\nat = "
       "\"x\"\nfingerprint = \"0123456789abcdef\"\n",
       "review.toml:1: error: verdict on unknown question 'who:nobody'"},
      {good + "\n" + good,
       "review.toml:8: error: question '" + id + "' is judged twice (first at line 1)"},
      {"[[question]]\nid = \"" + id +
           "\"\nverdict = \"approved\"\nby = \"Ada\"\nat = \"x\"\nfingerprint = \"12\"\n",
       "review.toml:6: error: verdict on '" + id + "': 'fingerprint' must be 16 hex digits"},
      {"[[question]]\nid = \"" + id +
           "\"\nverdict = \"approved\"\nat = \"x\"\nfingerprint = \"0123456789abcdef\"\n",
       "review.toml:1: error: verdict on '" + id + "': missing 'by'"},
      {"verdicts = 3\n", "review.toml:1: error: unknown top-level key 'verdicts'"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    test::write_text(fixture.review_file(), c.text);
    const BuildResult built = fixture.build(Approval::Marked);
    CHECK_FALSE(built.ok());
    CHECK(has_error(built.diagnostics, c.error));
  }
}

TEST_CASE("the reviewer is the one named, else the login name") {
  CHECK(reviewer_name("Ada Lind") == "Ada Lind");
  const char* user = std::getenv("USER");
  CHECK(reviewer_name("") == (user != nullptr && *user != '\0' ? std::string(user) : "unknown"));
}

TEST_CASE("an approval holds a fingerprint for each language the question is worded in") {
  const FixtureCopy fixture;
  const model::GeneratedQuestion q =
      in_three_languages(any_question(fixture.build(Approval::NotApplied)));
  CHECK(question_languages(q) == std::vector<std::string>{"be", "en", "ru"});
  ReviewBook book;
  approve(book, q, kAda, "en");
  const Fingerprints& read = book.at(q.id).fingerprints;
  REQUIRE(read.size() == 3);
  CHECK(read.at("en") == question_fingerprint(q, "en", "en"));
  CHECK(read.at("ru") != read.at("en"));
  CHECK(read.at("be") != read.at("ru"));
  write_review_file(book, fixture.review_file());
  CHECK(test::read_text(fixture.review_file())
            .find("fingerprint = { be = \"" + read.at("be") + "\", en = \"" + read.at("en") +
                  "\", ru = \"" + read.at("ru") + "\" }\n") != std::string::npos);
  Diagnostics d;
  const ReviewBook back = read_review_file(fixture.review_file(), "en", d);
  CHECK_FALSE(d.has_errors());
  CHECK(back.at(q.id).fingerprints == read);
  CHECK(review_state(q, back, "en") == ReviewState::Approved);
}

TEST_CASE("a question reworded in Russian loses its approval, and the message names Russian") {
  const FixtureCopy fixture;
  const auto [approved, book] = approved_in_three_languages(fixture);
  for (const auto part : {"prompt", "answer", "explanation"}) {
    CAPTURE(part);
    model::GeneratedQuestion q = approved;
    if (std::string(part) == "prompt") q.prompt["ru"] = "Кто руководил Роскосмосом?";
    if (std::string(part) == "answer") q.choices.back().text["ru"] = "другой ответ";
    if (std::string(part) == "explanation") q.explanation["ru"] = "Так сообщал ТАСС.";
    CHECK(review_state(q, book, "en") == ReviewState::Changed);
    CHECK(review_state_text(q, book, "en") ==
          "changed since it was approved by Ada Lind on 2026-11-03T10:00:00Z: the ru wording was "
          "reworded");
  }
}

TEST_CASE("a question reworded in Belarusian loses its approval, and the build names it") {
  const FixtureCopy fixture;
  const BuildResult built = fixture.build(Approval::NotApplied);
  model::Content content = built.content;
  for (auto& q : content.questions) q = in_three_languages(q);
  ReviewBook book;
  for (const auto& q : content.questions) approve(book, q, kAda, "en");
  const std::string changed = content.questions.front().id;
  content.questions.front().prompt["be"] = "Хто кіраваў Раскосмасам?";
  const std::vector<LeftOut> out = apply_reviews(content, book, Approval::Required);
  REQUIRE(out.size() == 1);
  CHECK(out.front().question == changed);
  CHECK(out.front().why ==
        "changed since it was approved by Ada Lind on 2026-11-03T10:00:00Z: the be wording was "
        "reworded");
  CHECK(content.questions.size() == built.content.questions.size() - 1);
}

TEST_CASE("a question reworded in English still loses its approval when it has other languages") {
  const FixtureCopy fixture;
  const auto [approved, book] = approved_in_three_languages(fixture);
  model::GeneratedQuestion q = approved;
  q.prompt["en"] += " (reworded)";
  q.explanation["ru"] = "Так сообщал ТАСС.";
  q.choices.front().text["be"] = "іншы адказ";
  CHECK(review_state(q, book, "en") == ReviewState::Changed);
  CHECK(review_state_text(q, book, "en").ends_with(": the be, en and ru wording was reworded"));
}

TEST_CASE("a language's text that falls back to the default language is read in it") {
  const FixtureCopy fixture;
  model::GeneratedQuestion q =
      in_three_languages(any_question(fixture.build(Approval::NotApplied)));
  q.explanation.erase("ru");  // a Russian visitor reads the English explanation
  ReviewBook book;
  approve(book, q, kAda, "en");
  q.explanation["en"] = "Because.";
  CHECK(review_state_text(q, book, "en").ends_with(": the en and ru wording was reworded"));
}

TEST_CASE(
    "an approval written before every language was covered holds for the default language only") {
  const FixtureCopy fixture;
  const model::GeneratedQuestion english = any_question(fixture.build(Approval::NotApplied));
  test::write_text(fixture.review_file(), "[[question]]\nid = \"" + english.id +
                                              "\"\nverdict = \"approved\"\nby = \"Ada Lind\"\n"
                                              "at = \"2026-11-03T10:00:00Z\"\nfingerprint = \"" +
                                              question_fingerprint(english, "en", "en") + "\"\n");
  Diagnostics d;
  const ReviewBook book = read_review_file(fixture.review_file(), "en", d);
  CHECK_FALSE(d.has_errors());
  CHECK(review_state(english, book, "en") == ReviewState::Approved);
  const model::GeneratedQuestion q = in_three_languages(english);
  CHECK(review_state(q, book, "en") == ReviewState::Changed);
  CHECK(review_state_text(q, book, "en") ==
        "changed since it was approved by Ada Lind on 2026-11-03T10:00:00Z: the be and ru "
        "wording was never approved");
}

TEST_CASE("a bad fingerprint of one language is reported at its line") {
  const FixtureCopy fixture;
  const std::string id = any_question(fixture.build(Approval::NotApplied)).id;
  const std::string head = "[[question]]\nid = \"" + id +
                           "\"\nverdict = \"approved\"\nby = \"Ada\"\n"
                           "at = \"2026-11-03T10:00:00Z\"\n";
  struct Case {
    std::string text;
    std::string error;
  };
  const Case cases[] = {
      {head + "[question.fingerprint]\nen = \"0123456789abcdef\"\nru = \"12\"\n",
       "review.toml:8: error: verdict on '" + id + "': 'fingerprint.ru' must be 16 hex digits"},
      {head + "[question.fingerprint]\nen = \"0123456789abcdef\"\n\"r u\" = \"0123456789abcdef\"\n",
       "review.toml:8: error: verdict on '" + id + "': 'fingerprint.r u': 'r u' is not a language"},
      {head + "fingerprint = {}\n",
       "review.toml:6: error: verdict on '" + id + "': 'fingerprint' names no language"},
      {head + "fingerprint = 7\n",
       "review.toml:6: error: verdict on '" + id + "': 'fingerprint' must be a table of language"},
      {head, "review.toml:1: error: verdict on '" + id + "': missing 'fingerprint'"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    test::write_text(fixture.review_file(), c.text);
    const BuildResult built = fixture.build(Approval::Marked);
    CHECK_FALSE(built.ok());
    CHECK(has_error(built.diagnostics, c.error));
  }
}
