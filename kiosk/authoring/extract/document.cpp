// Paragraph and sentence splitting that respects quotations.
#include "authoring/extract/document.hpp"

#include <algorithm>
#include <cctype>

namespace kiosk::extract {

bool starts_with_at(std::string_view text, std::size_t at, std::string_view what) {
  return at <= text.size() && text.substr(at).starts_with(what);
}

bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || u >= 0x80 || c == '\'' || c == '-';
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

Document::Document(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)) {
  split_paragraphs();
  split_sentences();
}

void Document::split_paragraphs() {
  std::size_t start = 0;
  while (start < text_.size()) {
    std::size_t end = text_.find('\n', start);
    if (end == std::string::npos) end = text_.size();
    if (text_.find_first_not_of(" \t\r", start) < end) paragraphs_.push_back({start, end});
    start = end + 1;
  }
}

// A sentence ends at . ! ? (or … ) followed by a space and a capital or a quotation mark, or
// at the end of its paragraph; a full stop inside “...” ends nothing.
void Document::split_sentences() {
  for (const Span& p : paragraphs_) {
    std::size_t start = p.begin;
    bool in_quote = false;
    for (std::size_t i = p.begin; i < p.end; ++i) {
      if (starts_with_at(text_, i, kOpenQuote)) in_quote = true;
      if (starts_with_at(text_, i, kCloseQuote)) in_quote = false;
      const char c = text_[i];
      if (in_quote || (c != '.' && c != '!' && c != '?')) continue;
      std::size_t next = i + 1;
      while (next < p.end && (text_[next] == '"' || starts_with_at(text_, next, kCloseQuote))) {
        next += text_[next] == '"' ? 1 : kCloseQuote.size();
      }
      if (next >= p.end) break;
      if (text_[next] != ' ') continue;
      const std::size_t word = text_.find_first_not_of(' ', next);
      if (word >= p.end) break;
      const auto u = static_cast<unsigned char>(text_[word]);
      if (std::isupper(u) || starts_with_at(text_, word, kOpenQuote) || text_[word] == '"') {
        sentences_.push_back({start, next});
        start = word;
      }
    }
    sentences_.push_back({start, p.end});
  }
}

Span Document::sentence_at(std::size_t offset) const {
  for (const Span& s : sentences_) {
    if (s.contains(offset)) return s;
  }
  return paragraph_at(offset);
}

Span Document::paragraph_at(std::size_t offset) const {
  for (const Span& p : paragraphs_) {
    if (p.contains(offset)) return p;
  }
  return {offset, offset};
}

}  // namespace kiosk::extract
