// A plain-text document as the extractor reads it: paragraphs, sentences, words with offsets.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kiosk::extract {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;  // one past the last byte
  bool contains(std::size_t at) const { return at >= begin && at < end; }
};

class Document {
 public:
  Document(std::string name, std::string text);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }
  std::string_view slice(Span s) const {
    return std::string_view(text_).substr(s.begin, s.end - s.begin);
  }

  const std::vector<Span>& paragraphs() const { return paragraphs_; }
  // Sentences, never split inside a quotation.
  const std::vector<Span>& sentences() const { return sentences_; }
  Span sentence_at(std::size_t offset) const;
  Span paragraph_at(std::size_t offset) const;

 private:
  void split_paragraphs();
  void split_sentences();

  std::string name_;
  std::string text_;
  std::vector<Span> paragraphs_;
  std::vector<Span> sentences_;
};

// Opening and closing quotation marks: typographic “ ” and straight ".
bool starts_with_at(std::string_view text, std::size_t at, std::string_view what);
inline constexpr std::string_view kOpenQuote = "\u201C";
inline constexpr std::string_view kCloseQuote = "\u201D";

// Letters for word scanning: ASCII letters and any non-ASCII byte (Cyrillic, diacritics).
bool is_word_byte(char c);
// Lowercase ASCII copy.
std::string lower(std::string_view s);

}  // namespace kiosk::extract
