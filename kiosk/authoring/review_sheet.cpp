// Writing the review sheet: plain HTML with a print stylesheet, every string escaped.
#include "authoring/review_sheet.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "core/utf8.hpp"
#include "core/wording.hpp"

namespace kiosk::authoring {
namespace {

using model::GeneratedQuestion;

constexpr std::string_view kStyle = R"(
body { font-family: Georgia, "DejaVu Serif", serif; color: #111; margin: 2em auto; max-width: 52em; line-height: 1.4; }
h1 { font-size: 1.6em; } h2 { font-size: 1.35em; border-bottom: 2px solid #333; }
h3 { font-size: 1em; font-family: monospace; margin: 0 0 .3em; }
.meta, .id, .fingerprint { color: #555; font-size: .9em; }
.card-text { border-left: 3px solid #999; padding-left: 1em; }
.question { border: 1px solid #bbb; border-radius: 4px; padding: .6em 1em; margin: 1.2em 0; }
.prompt { font-size: 1.1em; font-weight: bold; }
.status { font-weight: bold; }
.approved .status { color: #175e17; } .rejected .status { color: #8b1111; }
.unreviewed .status, .changed .status, .wording .changed { color: #7a5500; }
.wording { border-top: 1px solid #ddd; margin-top: .5em; }
h4 { font-size: .95em; margin: .5em 0 .2em; }
dt { font-weight: bold; margin-top: .4em; } dd { margin-left: 1.5em; }
blockquote { margin: .2em 0 .4em 1em; font-style: italic; }
.missing { color: #8b1111; }
.sign { margin-top: .6em; border-top: 1px dotted #999; padding-top: .3em; }
@media print {
  @page { margin: 1.8cm; }
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  section.card { page-break-before: always; break-before: page; }
  .question { page-break-inside: avoid; break-inside: avoid; }
}
)";

// The CSS class and the words a reader sees for a state.
struct StateLook {
  const char* css;
  const char* label;
};

StateLook look_of(ReviewState state) {
  switch (state) {
    case ReviewState::Approved: return {"approved", "Approved"};
    case ReviewState::Rejected: return {"rejected", "Rejected"};
    case ReviewState::Changed: return {"changed", "Reworded since it was approved"};
    case ReviewState::Unreviewed: break;
  }
  return {"unreviewed", "Not reviewed yet"};
}

// Everything one sheet needs while it is written.
struct Sheet {
  const model::Content& content;
  const model::Index index;
  const ReviewBook& reviews;
  DocumentShelf& documents;
  const std::string& lang;  // the default language
  std::string html;

  // `t` as a visitor in `language` reads it (the default language where it has none).
  std::string text(const model::LocalText& t, const std::string& language) const {
    return html_escape(model::text_in(t, language, lang));
  }
  std::string text(const model::LocalText& t) const { return text(t, lang); }
  void add(std::string_view part) { html += part; }
  // "Русский (ru)": the language as it names itself, and its code.
  std::string language_heading(const std::string& language) const {
    const auto& names = content.interface.language_names;
    const auto found = names.find(language);
    return html_escape(found == names.end() ? language : found->second + " (" + language + ")");
  }
  // The content's languages first, in its order, then any other a text has.
  std::vector<std::string> languages_of(const std::vector<std::string>& present) const {
    std::vector<std::string> ordered;
    for (const std::string& l : content.meta.languages) {
      if (std::find(present.begin(), present.end(), l) != present.end()) ordered.push_back(l);
    }
    for (const std::string& l : present) {
      if (std::find(ordered.begin(), ordered.end(), l) == ordered.end()) ordered.push_back(l);
    }
    return ordered;
  }
};

void paragraphs(Sheet& s, const std::string& body) {
  std::size_t start = 0;
  while (start <= body.size()) {
    std::size_t end = body.find("\n\n", start);
    if (end == std::string::npos) end = body.size();
    const std::string para = body.substr(start, end - start);
    if (para.find_first_not_of(" \n\t") != std::string::npos)
      s.add("<p>" + html_escape(para) + "</p>\n");
    start = end + 2;
  }
}

void answers(Sheet& s, const GeneratedQuestion& q, const std::string& language) {
  std::string right;
  std::string wrong;
  for (const model::GeneratedChoice& c : q.choices) {
    (c.correct ? right : wrong) += "<li>" + s.text(c.text, language) + "</li>";
  }
  s.add("<dt>Correct answer</dt><dd><ul>" + right + "</ul></dd>\n");
  s.add("<dt>Wrong answers (the whole pool)</dt><dd><ul>" + wrong + "</ul></dd>\n");
}

// The evidence a question's fact or quote gives, source by source.
std::vector<model::Evidence> evidence_of(const Sheet& s, const GeneratedQuestion& q) {
  if (const model::Fact* f = q.fact.empty() ? nullptr : s.index.fact(q.fact)) return f->sources;
  if (const model::Quote* k = q.quote.empty() ? nullptr : s.index.quote(q.quote)) return k->sources;
  std::vector<model::Evidence> bare;
  for (const std::string& id : q.sources) bare.push_back({id, ""});
  return bare;
}

void evidence_item(Sheet& s, const model::Evidence& e) {
  const model::Source* source = s.index.source(e.source);
  if (source == nullptr) {
    s.add("<li class=\"missing\">unknown source " + html_escape(e.source) + "</li>\n");
    return;
  }
  s.add("<li>" + html_escape(model::source_label(*source)) + " <span class=\"id\">(" +
        html_escape(source->file) + ")</span>");
  if (!e.words.empty()) {
    s.add("<br>evidence: <q>" + html_escape(e.words) + "</q>");
    const std::string line = s.documents.evidence_line(*source, e.words);
    if (!line.empty()) {
      s.add("<blockquote>" + html_escape(line) + "</blockquote>");
    } else {
      s.add(
          "<br><span class=\"missing\">(not quoted: the document is not at hand or does not "
          "hold these words)</span>");
    }
  }
  s.add("</li>\n");
}

// "Approved by Ada on 2026-11-03T10:00:00Z", "Rejected by Ben on ...: REASON", "Not reviewed yet",
// "Reworded since it was approved by Ada on ...: the ru wording was reworded".
void status(Sheet& s, const GeneratedQuestion& q, ReviewState state) {
  const auto found = s.reviews.find(q.id);
  std::string line = look_of(state).label;
  if (found != s.reviews.end()) {
    const Review& r = found->second;
    line += " by " + r.by + " on " + r.at;
    if (r.verdict == Verdict::Rejected) line += ": " + r.reason;
    if (state == ReviewState::Changed) {
      const std::string why = review_state_text(q, s.reviews, s.lang);
      line += why.substr(why.find(": "));
    }
  }
  s.add("<p class=\"status\">" + html_escape(line) + "</p>\n");
}

// What an approved question's wording in `language` amounts to: "" when it reads as approved.
std::string language_note(const Sheet& s, const GeneratedQuestion& q, const std::string& language) {
  const auto found = s.reviews.find(q.id);
  if (found == s.reviews.end() || found->second.verdict != Verdict::Approved) return "";
  const WordingChanges changes = wording_changes(q, found->second, s.lang);
  auto has = [&language](const std::vector<std::string>& list) {
    return std::find(list.begin(), list.end(), language) != list.end();
  };
  if (has(changes.reworded))
    return " <span class=\"changed\">(reworded since it was approved)</span>";
  if (has(changes.unapproved)) return " <span class=\"changed\">(never approved)</span>";
  return "";
}

// The question as a visitor in `language` reads it, with that wording's fingerprint.
void wording(Sheet& s, const GeneratedQuestion& q, const std::string& language) {
  s.add("<div class=\"wording\" lang=\"" + html_escape(language) + "\">\n<h4>" +
        s.language_heading(language) + language_note(s, q, language) + "</h4>\n");
  s.add("<p class=\"prompt\">" + s.text(q.prompt, language) + "</p>\n<dl>\n");
  answers(s, q, language);
  s.add("<dt>Explanation</dt><dd>" + s.text(q.explanation, language) + "</dd>\n</dl>\n");
  s.add("<p class=\"fingerprint\">fingerprint " + html_escape(language) + " " +
        html_escape(question_fingerprint(q, language, s.lang)) + "</p>\n</div>\n");
}

void question(Sheet& s, const GeneratedQuestion& q) {
  const ReviewState state = review_state(q, s.reviews, s.lang);
  s.add("<article class=\"question " + std::string(look_of(state).css) + "\">\n");
  s.add("<h3>" + html_escape(q.id) + "</h3>\n");
  status(s, q, state);
  s.add("<p class=\"meta\">" + html_escape(std::string(kind_name(q.kind))) + ", difficulty " +
        std::to_string(q.difficulty) + "</p>\n");
  for (const std::string& language : s.languages_of(question_languages(q))) {
    wording(s, q, language);
  }
  s.add("<dl>\n<dt>Sources</dt><dd><ul>\n");
  for (const model::Evidence& e : evidence_of(s, q)) evidence_item(s, e);
  s.add("</ul></dd>\n</dl>\n");
  s.add("<p class=\"sign\">&#9744; approve &nbsp; &#9744; reject, because: </p>\n</article>\n");
}

void card_quotes(Sheet& s, const model::Card& card, const std::string& language) {
  for (const std::string& id : card.quotes) {
    const model::Quote* quote = s.index.quote(id);
    if (quote == nullptr) continue;
    const model::Entity* speaker = s.index.entity(quote->speaker);
    s.add("<blockquote>\u201C" + s.text(quote->words, language) + "\u201D &mdash; " +
          html_escape(speaker ? model::speaker_label(*speaker, language) : quote->speaker) +
          "</blockquote>\n");
  }
}

// The card's title, text and quotes as a visitor in each of its languages reads them.
void card_texts(Sheet& s, const model::Card& c) {
  std::vector<std::string> present;
  for (const auto& [language, body] : c.body) present.push_back(language);
  for (const std::string& language : s.languages_of(present)) {
    s.add("<div class=\"card-text\" lang=\"" + html_escape(language) + "\">\n<h4>" +
          s.language_heading(language) + ": " + s.text(c.title, language) + "</h4>\n");
    paragraphs(s, model::text_in(c.body, language, s.lang));
    card_quotes(s, c, language);
    s.add("</div>\n");
  }
}

void card(Sheet& s, const model::Card& c, const std::vector<const GeneratedQuestion*>& questions) {
  s.add("<section class=\"card\" id=\"card-" + html_escape(c.id) + "\">\n<h2>" + s.text(c.title) +
        "</h2>\n");
  std::string meta = "card " + c.id;
  if (c.date) meta += " \u00B7 " + model::date_label(c.date);
  if (!c.place.empty()) meta += " \u00B7 " + model::entity_name(s.index, c.place, s.lang);
  s.add("<p class=\"meta\">" + html_escape(meta) + "</p>\n");
  card_texts(s, c);
  if (questions.empty()) s.add("<p class=\"meta\">No question rests on this card.</p>\n");
  for (const GeneratedQuestion* q : questions) question(s, *q);
  s.add("</section>\n");
}

void head(Sheet& s) {
  const std::string title = "Review sheet: " + model::text_in(s.content.meta.title, s.lang, s.lang);
  s.add("<!DOCTYPE html>\n<html lang=\"" + html_escape(s.lang) +
        "\">\n<head>\n<meta charset=\"utf-8\">\n");
  s.add("<title>" + html_escape(title) + "</title>\n<style>" + std::string(kStyle) + "</style>\n");
  s.add("</head>\n<body>\n<header>\n<h1>" + html_escape(title) + "</h1>\n");
  s.add("<p>Content version " + html_escape(s.content.meta.content_version) + ", " +
        std::to_string(s.content.cards.size()) + " cards, " +
        html_escape(review_summary(s.content.questions, s.reviews, s.lang)) + ".</p>\n");
  s.add(
      "<p>Each card starts a new page, followed by every question that rests on it. Read each "
      "question against its card and the quoted lines of its sources; record the verdict with "
      "<code>kiosk-db review SRC_DIR --approve ID</code> or <code>--reject ID --reason "
      "TEXT</code>.</p>\n</header>\n");
}

}  // namespace

std::string html_escape(std::string_view text) {
  const std::string clean = utf8::sanitise(text);
  std::string out;
  out.reserve(clean.size());
  for (const char c : clean) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') || c == 0x7f) break;
        out += c;
    }
  }
  return out;
}

std::string review_sheet_html(const model::Content& content, const ReviewBook& reviews,
                              DocumentShelf& documents) {
  Sheet s{content, model::Index(content), reviews, documents, content.meta.default_language, {}};
  head(s);
  std::map<std::string, std::vector<const GeneratedQuestion*>> by_card;
  std::set<std::string> cards;
  for (const model::Card& c : content.cards) cards.insert(c.id);
  std::vector<const GeneratedQuestion*> on_no_card;
  for (const GeneratedQuestion& q : content.questions) {
    (cards.contains(q.card) ? by_card[q.card] : on_no_card).push_back(&q);
  }
  for (const model::Card& c : content.cards) card(s, c, by_card[c.id]);
  if (!on_no_card.empty()) {
    s.add("<section class=\"card\" id=\"no-card\">\n<h2>Questions on no card</h2>\n");
    for (const GeneratedQuestion* q : on_no_card) question(s, *q);
    s.add("</section>\n");
  }
  s.add("</body>\n</html>\n");
  return s.html;
}

}  // namespace kiosk::authoring
