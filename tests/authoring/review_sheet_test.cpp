// The review sheet: every card and question, the evidence lines, escaped text, printable.
#include "authoring/review_sheet.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "authoring/build.hpp"
#include "support/support.hpp"

using namespace kiosk;
using namespace kiosk::authoring;

namespace {

model::Content fixture_content() {
  BuildResult built = build_content({test::fixture_dir("content"), "", "", Approval::NotApplied});
  REQUIRE(built.ok());
  return built.content;
}

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// A small content in which every visible string is an attempt at markup.
model::Content hostile_content(const std::string& evil) {
  model::Content c;
  c.meta.title = {{"en", evil}};
  c.meta.content_version = evil;
  c.entities.push_back(
      {"p", model::EntityKind::Person, {{"en", evil}}, {}, {{"en", evil}}, "", {}, {}, {}, {}});
  c.sources.push_back({"s",
                       "../../../etc/" + evil,
                       evil,
                       {{"en", evil}},
                       {{"en", evil}},
                       std::nullopt,
                       "",
                       "",
                       {},
                       {}});
  c.facts.push_back({});
  c.facts.back().id = "f";
  c.facts.back().sources = {{"s", evil}};
  model::Card card;
  card.id = "card";
  card.title = {{"en", evil}};
  card.body = {{"en", evil + "\n\n" + evil}};
  card.place = "p";
  c.cards.push_back(card);
  model::GeneratedQuestion q;
  q.id = "who:" + evil;
  q.fact = "f";
  q.card = "card";
  q.prompt = {{"en", evil}};
  q.explanation = {{"en", evil}};
  q.choices = {{{{"en", evil}}, true, ""}, {{{"en", evil + "2"}}, false, ""}};
  c.questions.push_back(q);
  return c;
}

}  // namespace

TEST_CASE("the review sheet shows every card and, under it, every question that rests on it") {
  const model::Content content = fixture_content();
  DocumentShelf documents("");
  const std::string html = review_sheet_html(content, {}, documents);
  for (const model::Card& card : content.cards) {
    CHECK(html.find("<h2>" + html_escape(model::text_in(card.title, "en")) + "</h2>") !=
          std::string::npos);
  }
  for (const model::GeneratedQuestion& q : content.questions) {
    CAPTURE(q.id);
    const std::size_t at = html.find("<h3>" + html_escape(q.id) + "</h3>");
    REQUIRE(at != std::string::npos);
    // Under its card: the last card heading before the question is its card's.
    const std::size_t card_at = html.rfind("<section class=\"card\" id=\"card-", at);
    REQUIRE(card_at != std::string::npos);
    const std::string section = "<section class=\"card\" id=\"card-" + q.card + "\"";
    CHECK(html.compare(card_at, section.size(), section) == 0);
    CHECK(html.find(html_escape(model::text_in(q.prompt, "en")), at) != std::string::npos);
    CHECK(html.find(html_escape(model::text_in(q.explanation, "en")), at) != std::string::npos);
    for (const auto& choice : q.choices) {
      CHECK(html.find("<li>" + html_escape(model::text_in(choice.text, "en")) + "</li>", at) !=
            std::string::npos);
    }
    CHECK(html.find("fingerprint en " + question_fingerprint(q, "en", "en"), at) !=
          std::string::npos);
  }
}

TEST_CASE("the review sheet gives each question's review state") {
  model::Content content = fixture_content();
  REQUIRE(content.questions.size() >= 3);
  content.questions.push_back(content.questions[0]);  // a fourth question, never reviewed
  content.questions.back().id += ":copy";
  ReviewBook book;
  approve(book, content.questions[0], {"Ada", "2026-11-03T10:00:00Z"}, "en");
  reject(book, content.questions[1], "a giveaway pool", {"Ben", "2026-11-04T10:00:00Z"}, "en");
  approve(book, content.questions[2], {"Ada", "2026-11-03T10:00:00Z"}, "en");
  content.questions[2].explanation["en"] += " Reworded.";
  DocumentShelf documents("");
  const std::string html = review_sheet_html(content, book, documents);
  const auto state_of = [&](const std::string& id) {
    const std::size_t at = html.find("<h3>" + html_escape(id) + "</h3>");
    REQUIRE(at != std::string::npos);
    const std::size_t from = html.find("<p class=\"status\">", at);
    return html.substr(from, html.find("</p>", from) - from);
  };
  CHECK(state_of(content.questions[0].id).find("Approved by Ada on 2026-11-03T10:00:00Z") !=
        std::string::npos);
  CHECK(state_of(content.questions[1].id)
            .find("Rejected by Ben on 2026-11-04T10:00:00Z: a giveaway pool") != std::string::npos);
  CHECK(state_of(content.questions[3].id).find("Not reviewed yet") != std::string::npos);
  CHECK(state_of(content.questions[2].id)
            .find("Reworded since it was approved by Ada on 2026-11-03T10:00:00Z") !=
        std::string::npos);
  CHECK(html.find("1 approved, 1 rejected, " + std::to_string(content.questions.size() - 3) +
                  " not reviewed, 1 changed since they were approved") != std::string::npos);
}

TEST_CASE("the review sheet quotes the lines of the documents that hold the evidence") {
  const model::Content content = fixture_content();
  DocumentShelf documents(test::fixture_dir("documents"));
  const std::string html = review_sheet_html(content, {}, documents);
  // lind-mayor's evidence "The mayor of Harbour Town, Ada Lind", in its sentence of alpha.txt.
  CHECK(html.find(
            "<blockquote>Harbour Town, May 3. The mayor of Harbour Town, Ada Lind, opened the new "
            "lighthouse on Friday.</blockquote>") == std::string::npos);
  CHECK(html.find("<blockquote>The mayor of Harbour Town, Ada Lind, opened the new lighthouse on "
                  "Friday.</blockquote>") != std::string::npos);
  DocumentShelf none("");
  CHECK(review_sheet_html(content, {}, none).find("(not quoted: the document is not at hand") !=
        std::string::npos);
}

TEST_CASE("evidence that runs over two sentences is quoted with both") {
  const extract::Document doc(
      "d.txt", "First words here. \u201CWe came.\u201D Then we stayed a while. Unrelated.\n");
  CHECK(sentences_holding(doc, "\"We came.\" Then we stayed") ==
        "\u201CWe came.\u201D Then we stayed a while.");
  CHECK(sentences_holding(doc, "words here. \"We came") ==
        "First words here. \u201CWe came.\u201D Then we stayed a while.");
  CHECK(sentences_holding(doc, "words   here") == "First words here.");
  CHECK(sentences_holding(doc, "nowhere") == "");
}

TEST_CASE("the review sheet escapes hostile text and holds no script") {
  const std::string evil = "<script>alert('x')</script><img src=x onerror=alert(1)>\"&";
  const model::Content content = hostile_content(evil);
  ReviewBook book;
  reject(book, content.questions.front(), evil, {evil, "2026-11-03T10:00:00Z"}, "en");
  DocumentShelf documents(test::fixture_dir("documents"));
  const std::string html = review_sheet_html(content, book, documents);
  CHECK(lowercase(html).find("<script") == std::string::npos);
  CHECK(lowercase(html).find("<img") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x "
                  "onerror=alert(1)&gt;&quot;&amp;") != std::string::npos);
}

TEST_CASE("the review sheet is plain HTML with a print stylesheet, one card a page") {
  const model::Content content = fixture_content();
  DocumentShelf documents("");
  const std::string html = review_sheet_html(content, {}, documents);
  CHECK(html.starts_with("<!DOCTYPE html>"));
  CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
  const std::size_t print = html.find("@media print");
  REQUIRE(print != std::string::npos);
  CHECK(html.find("section.card { page-break-before: always; break-before: page; }", print) !=
        std::string::npos);
  CHECK(lowercase(html).find("<script") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);  // nothing from outside the file
  std::size_t sections = 0;
  for (std::size_t at = 0; (at = html.find("<section class=\"card\"", at)) != std::string::npos;
       ++at)
    ++sections;
  CHECK(sections == content.cards.size());
}

TEST_CASE("html_escape replaces invalid UTF-8 and drops control characters") {
  CHECK(html_escape("a\x01"
                    "b\x7f"
                    "c\td\ne") == "abc\td\ne");
  CHECK(html_escape("\xff") == "\uFFFD");
  CHECK(html_escape("\u00E9 & \u201C") == "\u00E9 &amp; \u201C");
}

TEST_CASE("the review sheet shows each question and card in every language, with its fingerprint") {
  model::Content content = fixture_content();
  content.meta.languages = {"en", "ru", "be"};
  content.interface.language_names = {{"en", "English"}, {"ru", "Русский"}, {"be", "Беларуская"}};
  model::GeneratedQuestion& q = content.questions.front();
  q.prompt["ru"] = "Кто <возглавлял>?";
  q.prompt["be"] = "Хто ўзначальваў?";
  q.explanation["ru"] = "Так писал ТАСС.";
  q.choices.front().text["be"] = "правільны адказ";
  for (model::Card& c : content.cards) {
    if (c.id == q.card) c.body["be"] = "Тэкст карткі.";
  }
  ReviewBook book;
  approve(book, q, {"Ada", "2026-11-03T10:00:00Z"}, "en");
  q.prompt["ru"] = "Кто руководил?";
  DocumentShelf none("");
  const std::string html = review_sheet_html(content, book, none);
  const std::size_t at = html.find("<h3>" + html_escape(q.id) + "</h3>");
  REQUIRE(at != std::string::npos);
  CHECK(html.find("the ru wording was reworded", at) != std::string::npos);
  const std::size_t en =
      html.find("<div class=\"wording\" lang=\"en\">\n<h4>English (en)</h4>", at);
  const std::size_t ru = html.find(
      "<div class=\"wording\" lang=\"ru\">\n<h4>Русский (ru) <span class=\"changed\">(reworded "
      "since it was approved)</span></h4>",
      at);
  const std::size_t be =
      html.find("<div class=\"wording\" lang=\"be\">\n<h4>Беларуская (be)</h4>", at);
  REQUIRE(en != std::string::npos);
  REQUIRE(ru != std::string::npos);
  REQUIRE(be != std::string::npos);
  CHECK((en < ru && ru < be));  // in the content's order
  CHECK(html.find("<p class=\"prompt\">Кто руководил?</p>", ru) < be);
  CHECK(html.find("Так писал ТАСС.", ru) < be);
  CHECK(html.find("<li>правильный", be) == std::string::npos);
  CHECK(html.find("<li>правільны адказ</li>", be) != std::string::npos);
  // Where a language lacks a text, the sheet shows what its visitor reads: the English.
  CHECK(html.find(html_escape(model::text_in(q.explanation, "en")), be) != std::string::npos);
  CHECK(html.find("fingerprint be " + question_fingerprint(q, "be", "en"), be) !=
        std::string::npos);
  CHECK(html.find("<div class=\"card-text\" lang=\"be\">\n<h4>Беларуская (be): ") <
        html.find("<h3>" + html_escape(q.id)));
  CHECK(html.find("<p>Тэкст карткі.</p>") != std::string::npos);
}
