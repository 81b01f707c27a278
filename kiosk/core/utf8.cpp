// UTF-8 validation and repair, following the well-formed byte table of Unicode 15, ch. 3.9.
#include "core/utf8.hpp"

namespace kiosk::utf8 {
namespace {

unsigned byte_at(std::string_view text, std::size_t i) {
  return static_cast<unsigned char>(text[i]);
}

bool in(unsigned b, unsigned lo, unsigned hi) { return b >= lo && b <= hi; }

// The allowed range of the second byte, which is where overlongs and surrogates are excluded.
bool second_byte_ok(unsigned lead, unsigned b) {
  switch (lead) {
    case 0xE0: return in(b, 0xA0, 0xBF);
    case 0xED: return in(b, 0x80, 0x9F);
    case 0xF0: return in(b, 0x90, 0xBF);
    case 0xF4: return in(b, 0x80, 0x8F);
    default: return in(b, 0x80, 0xBF);
  }
}

std::size_t expected_length(unsigned lead) {
  if (lead < 0x80) return 1;
  if (in(lead, 0xC2, 0xDF)) return 2;
  if (in(lead, 0xE0, 0xEF)) return 3;
  if (in(lead, 0xF0, 0xF4)) return 4;
  return 0;
}

}  // namespace

std::size_t sequence_length(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  const unsigned lead = byte_at(text, pos);
  const std::size_t n = expected_length(lead);
  if (n == 0 || pos + n > text.size()) return 0;
  if (n >= 2 && !second_byte_ok(lead, byte_at(text, pos + 1))) return 0;
  for (std::size_t k = 2; k < n; ++k) {
    if (!in(byte_at(text, pos + k), 0x80, 0xBF)) return 0;
  }
  return n;
}

std::optional<std::size_t> first_invalid(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t n = sequence_length(text, pos);
    if (n == 0) return pos;
    pos += n;
  }
  return std::nullopt;
}

std::string sanitise(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t n = sequence_length(text, pos);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++pos;
    } else {
      out.append(text.substr(pos, n));
      pos += n;
    }
  }
  return out;
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace kiosk::utf8
