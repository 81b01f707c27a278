// UTF-8 checks and repairs: text from a database or document is untrusted until checked here.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::utf8 {

// The byte offset of the first malformed sequence (overlong forms, surrogates, code points
// above U+10FFFF and truncated sequences count as malformed), or nullopt when `text` is valid.
std::optional<std::size_t> first_invalid(std::string_view text);

inline bool is_valid(std::string_view text) { return !first_invalid(text).has_value(); }

// `text` with every malformed sequence replaced by U+FFFD, so it can always be drawn.
std::string sanitise(std::string_view text);

// Length in bytes of the well-formed sequence starting at `text[pos]`; 0 when malformed or at
// the end.
std::size_t sequence_length(std::string_view text, std::size_t pos);

// Number of code points in valid UTF-8 text.
std::size_t count_code_points(std::string_view text);

}  // namespace kiosk::utf8
