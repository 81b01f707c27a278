// Finding the characters the kiosk would draw as empty boxes: control characters, and those
// its fonts lack.
#include "authoring/showable_text.hpp"

#include <array>
#include <optional>
#include <vector>

#include "authoring/toml_reader.hpp"
#include "core/utf8.hpp"

namespace kiosk::authoring {
namespace {

// The short names of the C0 control characters, by code.
constexpr std::array<const char*, 32> kControlNames{
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS",  "TAB", "LF",
    "VT",  "FF",  "CR",  "SO",  "SI",  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK",
    "SYN", "ETB", "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};

// The code point of the well-formed `length`-byte sequence at `text[pos]`.
char32_t decode(std::string_view text, std::size_t pos, std::size_t length) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (length == 1) return lead;
  char32_t c = lead & (0xFFU >> (length + 1));
  for (std::size_t k = 1; k < length; ++k) {
    c = (c << 6U) | (static_cast<unsigned char>(text[pos + k]) & 0x3FU);
  }
  return c;
}

// "U+001B", "U+1F600".
std::string code_point(char32_t c) {
  static constexpr const char* kDigits = "0123456789ABCDEF";
  std::string digits;
  for (; c != 0 || digits.size() < 4; c >>= 4U) digits.insert(digits.begin(), kDigits[c & 0xFU]);
  return "U+" + digits;
}

// "ESC, a control character", or nullopt for a character that is not one the kiosk refuses.
std::optional<std::string> control_character(char32_t c) {
  if (c < 0x20) return std::string(kControlNames.at(c)) + ", a control character";
  if (c == 0x7F) return "DEL, a control character";
  if (c >= 0x80 && c <= 0x9F) return "a C1 control character";
  return std::nullopt;
}

// The line of the value at `keys` (a table inside a table) in the TOML file at `path`, or of
// the deepest of them that is there; `fallback` when none is. Read again only to place an
// error, so the model need not carry a line for every text.
int line_of_value(const std::string& path, const std::vector<std::string>& keys, int fallback) {
  Diagnostics ignored;  // the file parsed when the content was loaded
  const std::optional<toml::table> root = parse_toml(path, ignored);
  if (!root) return fallback;
  const toml::node* node = &*root;
  int line = fallback;
  for (const std::string& key : keys) {
    const toml::table* table = node->as_table();
    node = table != nullptr ? table->get(key) : nullptr;
    if (node == nullptr) break;
    line = static_cast<int>(node->source().begin.line);
  }
  return line;
}

class InterfaceChecker {
 public:
  InterfaceChecker(const model::Content& content, const FontCoverage* fonts, Diagnostics& out)
      : c_(content), fonts_(fonts), out_(out) {}

  void run() {
    meta_text("title", c_.meta.title);
    meta_text("subtitle", c_.meta.subtitle);
    for (const auto& [code, words] : c_.interface.kiosk) {
      for (const auto& [key, forms] : words) {
        for (const auto& [form, text] : forms) kiosk_word(code, key, form, text);
      }
    }
    for (const auto& [code, name] : c_.interface.language_names) {
      const std::string problem = unshowable(name, fonts_);
      if (problem.empty()) continue;
      out_.error(c_.meta.origin.file, c_.meta.origin.line,
                 "language '" + code + "': its own name \"" + name + "\" (from ICU) " + problem);
    }
  }

 private:
  void meta_text(const std::string& key, const model::LocalText& text) {
    for (const auto& [lang, value] : text) {
      const std::string problem = unshowable(value, fonts_);
      if (problem.empty()) continue;
      const std::string& file = c_.meta.origin.file;
      out_.error(file, line_of_value(file, {key, lang}, c_.meta.origin.line),
                 "kiosk.toml: '" + key + "' (" + lang + ") " + problem);
    }
  }

  void kiosk_word(const std::string& code, const std::string& key, const std::string& form,
                  const std::string& text) {
    const std::string problem = unshowable(text, fonts_);
    if (problem.empty()) return;
    const std::string& file = c_.interface.origin.file;
    std::vector<std::string> path{"kiosk", code, key};
    if (!form.empty()) path.push_back(form);
    out_.error(file, line_of_value(file, path, c_.interface.origin.line),
               "[kiosk." + code + "]: '" + key + (form.empty() ? "" : "." + form) + "' " + problem);
  }

  const model::Content& c_;
  const FontCoverage* fonts_;
  Diagnostics& out_;
};

}  // namespace

std::string unshowable(std::string_view text, const FontCoverage* fonts) {
  std::size_t position = 1;  // in characters, as a curator counts
  for (std::size_t at = 0; at < text.size(); ++position) {
    const std::size_t length = utf8::sequence_length(text, at);
    if (length == 0) return {};  // not UTF-8: reported as such elsewhere
    const char32_t c = decode(text, at, length);
    if (c == U'\n') {  // a line break: laid out, never drawn, so no font needs a glyph for it
      at += length;
      continue;
    }
    const std::string where = ", at character " + std::to_string(position);
    if (const auto control = control_character(c)) {
      return "has " + code_point(c) + " (" + *control + ")" + where +
             ", which the kiosk cannot show: remove it";
    }
    if (fonts != nullptr) {
      if (const std::string fonts_without = fonts->lacking(c); !fonts_without.empty()) {
        return "has '" + std::string(text.substr(at, length)) + "' (" + code_point(c) + ")" +
               where + ", which " + fonts_without +
               " cannot draw (the kiosk would show an empty box): write it another way";
      }
    }
    at += length;
  }
  return {};
}

void check_showable_interface(const model::Content& content, const FontCoverage* fonts,
                              Diagnostics& out) {
  InterfaceChecker(content, fonts, out).run();
}

}  // namespace kiosk::authoring
