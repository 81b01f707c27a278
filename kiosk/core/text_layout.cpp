// Greedy line filling over libunibreak's break opportunities, with character splitting for
// words longer than a line.
#include "core/text_layout.hpp"

#include <linebreak.h>

#include <algorithm>
#include <mutex>

#include "core/utf8.hpp"

namespace kiosk {
namespace {

struct Segment {
  std::string_view text;
  bool mandatory_break = false;  // the segment ends in a newline (or the end of the text)
};

// Debian 12's libunibreak aborts (a failed assertion) on regional indicator symbols, the
// letters of flag emoji (U+1F1E6..U+1F1FF). Break opportunities are therefore computed on a
// copy in which each is replaced by a letter of the same byte length (U+1D400, class AL):
// a run of flags then breaks like a word, which is close to what UAX #14 asks for.
std::string without_regional_indicators(std::string_view text) {
  std::string probe(text);
  for (std::size_t i = 0; i + 3 < probe.size(); ++i) {
    if (static_cast<unsigned char>(probe[i]) == 0xF0 &&
        static_cast<unsigned char>(probe[i + 1]) == 0x9F &&
        static_cast<unsigned char>(probe[i + 2]) == 0x87 &&
        static_cast<unsigned char>(probe[i + 3]) >= 0xA6) {
      probe.replace(i, 4, "\xF0\x9D\x90\x80");
      i += 3;
    }
  }
  return probe;
}

std::vector<Segment> segments_of(std::string_view text, const std::string& language) {
  static std::once_flag once;
  std::call_once(once, [] { init_linebreak(); });
  std::vector<char> breaks(text.size());
  const std::string probe = without_regional_indicators(text);
  set_linebreaks_utf8(reinterpret_cast<const utf8_t*>(probe.data()), probe.size(), language.c_str(),
                      breaks.data());
  std::vector<Segment> segments;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (breaks[i] != LINEBREAK_ALLOWBREAK && breaks[i] != LINEBREAK_MUSTBREAK) continue;
    const bool forced = breaks[i] == LINEBREAK_MUSTBREAK && (text[i] == '\n' || text[i] == '\r');
    segments.push_back({text.substr(start, i + 1 - start), forced});
    start = i + 1;
  }
  return segments;
}

std::string trimmed_end(std::string_view line) {
  std::size_t end = line.size();
  while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\n' || line[end - 1] == '\r' ||
                     line[end - 1] == '\t')) {
    --end;
  }
  return std::string(line.substr(0, end));
}

// Code points that must stay with the character before them (combining marks, joiners,
// variation selectors, skin tones), so a split never separates them from their base.
bool attaches_to_previous(std::string_view text, std::size_t pos) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 == 0xCC ||
      (b0 == 0xCD && pos + 1 < text.size() && static_cast<unsigned char>(text[pos + 1]) <= 0xAF)) {
    return true;  // U+0300..U+036F combining diacritics
  }
  const std::string_view rest = text.substr(pos);
  return rest.starts_with("\u200D") || rest.starts_with("\uFE0F") || rest.starts_with("\uFE0E") ||
         (rest.size() >= 4 && rest.starts_with("\xF0\x9F\x8F") &&
          static_cast<unsigned char>(rest[3]) >= 0xBB &&
          static_cast<unsigned char>(rest[3]) <= 0xBF);
}

// Splits a word too wide for any line into pieces that fit, at least one character each.
std::vector<std::string> split_word(std::string_view word, int max_width,
                                    const MeasureText& measure) {
  std::vector<std::string> pieces;
  std::string piece;
  std::size_t pos = 0;
  while (pos < word.size()) {
    std::size_t n = std::max<std::size_t>(1, utf8::sequence_length(word, pos));
    while (pos + n < word.size() && attaches_to_previous(word, pos + n)) {
      n += std::max<std::size_t>(1, utf8::sequence_length(word, pos + n));
    }
    const std::string_view next = word.substr(pos, n);
    if (!piece.empty() && measure(piece + std::string(next)) > max_width) {
      pieces.push_back(std::move(piece));
      piece.clear();
    }
    piece += next;
    pos += n;
  }
  if (!piece.empty()) pieces.push_back(std::move(piece));
  return pieces;
}

class LineFiller {
 public:
  LineFiller(int max_width, const MeasureText& measure)
      : max_width_(max_width), measure_(measure) {}

  void add(const Segment& segment) {
    const std::string candidate = line_ + std::string(segment.text);
    if (measure_(trimmed_end(candidate)) <= max_width_) {
      line_ = candidate;
    } else {
      if (!trimmed_end(line_).empty()) flush();
      line_.clear();
      place_alone(segment.text);
    }
    if (segment.mandatory_break) flush();
  }

  std::vector<std::string> finish() {
    if (!trimmed_end(line_).empty()) flush();
    return std::move(lines_);
  }

 private:
  void flush() {
    lines_.push_back(trimmed_end(line_));
    line_.clear();
  }

  // A segment that starts a line; if even alone it is too wide, it is split.
  void place_alone(std::string_view text) {
    const std::string word = trimmed_end(text);
    if (measure_(word) <= max_width_) {
      line_ = std::string(text);
      return;
    }
    std::vector<std::string> pieces = split_word(word, max_width_, measure_);
    for (std::size_t i = 0; i + 1 < pieces.size(); ++i) lines_.push_back(std::move(pieces[i]));
    line_ = pieces.empty() ? std::string() : pieces.back() + std::string(text.substr(word.size()));
  }

  int max_width_;
  const MeasureText& measure_;
  std::string line_;
  std::vector<std::string> lines_;
};

std::string bounded(std::string_view text) {
  if (text.size() <= kMaxLaidOutBytes) return utf8::sanitise(text);
  std::string cut = utf8::sanitise(text.substr(0, kMaxLaidOutBytes));
  return cut + "\u2026";
}

}  // namespace

std::vector<std::string> break_lines(std::string_view text, int max_width,
                                     const MeasureText& measure, const std::string& language) {
  std::string clean = bounded(text);
  std::erase(clean, '\r');
  if (clean.empty()) return {};
  LineFiller filler(std::max(1, max_width), measure);
  for (const Segment& segment : segments_of(clean, language)) filler.add(segment);
  return filler.finish();
}

}  // namespace kiosk
