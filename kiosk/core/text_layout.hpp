// Breaking text into lines that fit a width, at the break opportunities Unicode defines (UAX #14).
//
// The measuring function is injected: the SDL front end measures with the real font, tests
// with a fake one, so layout is tested without a screen.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// Width in pixels of `text` drawn on one line.
using MeasureText = std::function<int(std::string_view text)>;

// Longest text laid out; anything beyond is cut with an ellipsis, so hostile input cannot
// stall the kiosk. Real content is far shorter (the validator limits it).
inline constexpr std::size_t kMaxLaidOutBytes = 64 * 1024;

// Lines of `text`, each no wider than `max_width` when measured. Lines break at UAX #14
// opportunities (spaces, hyphens, after dashes...); a newline forces a break and a blank line
// in the text gives an empty line; a word wider than the whole line is split between
// characters. Invalid UTF-8 is replaced by U+FFFD first. Empty text gives no lines.
// `language` (a BCP 47 code, "ru") lets libunibreak apply that language's tailoring (such as
// which quotation marks open and close).
std::vector<std::string> break_lines(std::string_view text, int max_width,
                                     const MeasureText& measure,
                                     const std::string& language = "en");

}  // namespace kiosk
