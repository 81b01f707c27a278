// Pairing quotation marks and finding who spoke.
#include "authoring/extract/quotes.hpp"

#include <array>
#include <regex>

namespace kiosk::extract {
namespace {

struct Quotation {
  Span outer;  // with the marks
  Span inner;  // the words
};

std::vector<Quotation> quotations(const Document& doc) {
  std::vector<Quotation> out;
  const std::string& t = doc.text();
  for (const Span& p : doc.paragraphs()) {
    std::size_t i = p.begin;
    while (i < p.end) {
      const bool curly = starts_with_at(t, i, kOpenQuote);
      if (!curly && t[i] != '"') {
        ++i;
        continue;
      }
      const std::size_t open_len = curly ? kOpenQuote.size() : 1;
      const std::size_t close = curly ? t.find(kCloseQuote, i + open_len) : t.find('"', i + 1);
      // A quotation may run to the end of its paragraph without a closing mark.
      const std::size_t end = close == std::string::npos || close > p.end ? p.end : close;
      const std::size_t close_len = end == p.end ? 0 : (curly ? kCloseQuote.size() : 1);
      out.push_back({{i, end + close_len}, {i + open_len, end}});
      i = end + close_len;
    }
  }
  return out;
}

// Speech verbs that attribute a quotation. "reported" is missing on purpose: "..., RIA
// reported" names the outlet that carried the words, not the person who said them.
const std::string kVerbs =
    "said|says|remarked|stressed|noted|added|emphasi[sz]ed|told|pointed out|underlined|"
    "shared(?: the details)?|explained|stated|declared|insisted|continued|replied|warned|asked|"
    "recalled|concluded|observed|announced";

// After the closing mark: ", he said", " the Russian leader emphasised", " Lukashenko said".
std::optional<std::string> speaker_after(std::string_view after) {
  static const std::regex pattern(
      "^[,\\s]*((?:[Hh]e|[Ss]he)|(?:[Tt]he [A-Za-z ]{3,40}?)|(?:[A-Z][\\w\u2019'\\-]+(?: "
      "[A-Z][\\w\u2019'\\-]+)?))"
      " (?:" +
      kVerbs + ")\\b");
  std::cmatch m;
  const std::string text(after.substr(0, std::min<std::size_t>(after.size(), 80)));
  if (std::regex_search(text.c_str(), m, pattern)) return m[1].str();
  return std::nullopt;
}

// Before the opening mark, in the same sentence: a speech verb ("said that", "told",
// "telling him", "called") after the sentence's subject.
bool has_speech_verb(std::string_view before) {
  static const std::regex pattern("\\b(?:" + kVerbs + "|telling|called|saying)\\b");
  const std::string text(before);
  return std::regex_search(text, pattern);
}

bool is_pronoun(const std::string& s) { return s == "he" || s == "He" || s == "she" || s == "She"; }

std::vector<Span> quoted_spans(const Document& doc) {
  std::vector<Span> spans;
  for (const Quotation& q : quotations(doc)) spans.push_back(q.outer);
  return spans;
}

// The subject of the nearest sentence before `offset` that names a person outside quotation
// marks (what a speaker says about others does not make them the speaker).
std::optional<std::size_t> recent_subject(const Document& doc, const People& people,
                                          std::size_t offset) {
  const std::vector<Span> quoted = quoted_spans(doc);
  const auto& sentences = doc.sentences();
  for (auto it = sentences.rbegin(); it != sentences.rend(); ++it) {
    if (it->begin >= offset) continue;
    if (const auto m = people.first_in({it->begin, std::min(it->end, offset)}, quoted)) {
      return m->person;
    }
  }
  return std::nullopt;
}

std::size_t paragraph_index(const Document& doc, std::size_t offset) {
  const auto& ps = doc.paragraphs();
  for (std::size_t i = 0; i < ps.size(); ++i) {
    if (ps[i].contains(offset)) return i;
  }
  return ps.size();
}

bool blank(std::string_view s) { return s.find_first_not_of(" ,\t\r\n") == std::string_view::npos; }

}  // namespace

std::vector<Candidate> find_quotes(const Document& doc, const People& people) {
  std::vector<Candidate> out;
  std::optional<std::size_t> last_speaker;
  std::size_t last_paragraph = std::string::npos;
  std::size_t previous_end = 0;
  for (const Quotation& q : quotations(doc)) {
    const Span sentence = doc.sentence_at(q.outer.begin);
    const Span paragraph = doc.paragraph_at(q.outer.begin);
    const std::size_t here = paragraph_index(doc, q.outer.begin);
    const bool near_last =
        last_speaker && last_paragraph != std::string::npos && here - last_paragraph <= 1;
    const std::size_t before_start = std::max(sentence.begin, previous_end);
    const std::string_view before = doc.slice({before_start, q.outer.begin});
    std::optional<std::size_t> speaker;
    // 1. Named right after: “…,” Lukashenko said.
    if (const auto phrase = speaker_after(doc.slice({q.outer.end, paragraph.end}))) {
      speaker = is_pronoun(*phrase) ? recent_subject(doc, people, q.outer.begin)
                                    : people.resolve(*phrase);
    }
    // 2. Named before, with a speech verb: Viačorka said that Lukashenko “…”.
    if (!speaker && has_speech_verb(before)) {
      const auto m = people.first_in({before_start, q.outer.begin});
      speaker = m ? std::optional(m->person) : recent_subject(doc, people, before_start);
    }
    // 3. Nothing before it: a speech that goes on from the last quotation.
    if (!speaker && blank(before) && near_last) speaker = last_speaker;
    // 4. Introduced by a sentence that names nobody: the speaker of the sentence before.
    if (!speaker && near_last && !people.first_in({before_start, q.outer.begin})) {
      speaker = recent_subject(doc, people, q.outer.begin);
    }
    Candidate c;
    c.kind = CandidateKind::Quote;
    c.text = std::string(doc.slice(q.inner));
    c.source = doc.name();
    c.offset = q.inner.begin;
    c.sentence = std::string(doc.slice(sentence));
    c.speaker = speaker ? people.people()[*speaker].name : "";
    out.push_back(std::move(c));
    if (speaker) {
      last_speaker = speaker;
      last_paragraph = here;
    }
    previous_end = q.outer.end;
  }
  return out;
}

std::vector<Candidate> find_reported_speech(const Document& doc, const People& people) {
  // "said that ...", "said the event will ..." (not "said," which closes a quotation).
  static const std::regex pattern(
      "\\b(?:said|stressed|noted|added|pointed out|confirmed|"
      "emphasi[sz]ed|made the point|reiterated)(?: that)? (?=[a-z])");
  std::vector<Candidate> out;
  for (const Span& s : doc.sentences()) {
    const std::string text(doc.slice(s));
    std::smatch m;
    if (!std::regex_search(text, m, pattern)) continue;
    const std::size_t verb = s.begin + static_cast<std::size_t>(m.position());
    const std::string subject = text.substr(0, static_cast<std::size_t>(m.position()));
    std::string speaker;
    if (const auto who = people.first_in({s.begin, verb})) {
      speaker = people.people()[who->person].name;
    } else if (subject.find("He ") == 0 || subject.find(" he ") != std::string::npos) {
      if (const auto recent = recent_subject(doc, people, s.begin)) {
        speaker = people.people()[*recent].name;
      }
    }
    Candidate c;
    c.kind = CandidateKind::Quote;
    c.direct = false;
    c.offset = verb + static_cast<std::size_t>(m.length());
    c.text = std::string(doc.slice({std::min(c.offset, s.end), s.end}));
    c.source = doc.name();
    c.sentence = text;
    c.speaker = speaker;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace kiosk::extract
