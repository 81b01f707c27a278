// What counts as a language code, wherever one is read.
#include "core/language_code.hpp"

#include <algorithm>

namespace kiosk {

bool is_language_code(std::string_view code) {
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  const auto other = [&](char c) { return letter(c) || (c >= '0' && c <= '9') || c == '-'; };
  return !code.empty() && code.size() <= 35 && letter(code.front()) &&
         std::all_of(code.begin(), code.end(), other);
}

}  // namespace kiosk
