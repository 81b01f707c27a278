// Parsing headless scripts, one step a line.
#include "core/script.hpp"

#include <charconv>
#include <sstream>

#include "core/opening_hours.hpp"

namespace kiosk {
namespace {

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r");
  return s.substr(first, last - first + 1);
}

bool parse_int(std::string_view word, long long& out) {
  const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), out);
  return error == std::errc{} && end == word.data() + word.size();
}

std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const auto start = s.find_first_not_of(" \t", pos);
    if (start == std::string_view::npos) break;
    const auto end = s.find_first_of(" \t", start);
    words.push_back(s.substr(start, end == std::string_view::npos ? end : end - start));
    pos = end == std::string_view::npos ? s.size() : end;
  }
  return words;
}

// Reads `count` non-negative integers after the verb into `out`; an error message or "".
std::string numbers(const std::vector<std::string_view>& words, std::size_t count,
                    std::vector<long long>& out) {
  if (words.size() != count + 1) {
    return "'" + std::string(words[0]) + "' takes " + std::to_string(count) + " number" +
           (count == 1 ? "" : "s");
  }
  for (std::size_t i = 1; i <= count; ++i) {
    long long v = 0;
    if (!parse_int(words[i], v) || v < 0) {
      return "'" + std::string(words[i]) + "' is not a non-negative whole number";
    }
    out.push_back(v);
  }
  return {};
}

// `wait-until HH:MM`: the minute past midnight, into step.ms.
std::string time_of_day(const std::vector<std::string_view>& words, Step& step) {
  const std::optional<int> minute =
      words.size() == 2 ? parse_time_of_day(words[1]) : std::optional<int>();
  if (!minute) return "'wait-until' takes a time of day, HH:MM from 00:00 to 23:59";
  step.ms = *minute;
  return {};
}

std::string parse_line(std::string_view line, Step& step) {
  const auto words = words_of(line);
  const std::string_view verb = words[0];
  const std::string_view rest = trim(line.substr(verb.size()));
  std::vector<long long> n;
  std::string error;
  if (verb == "wait") {
    step.kind = StepKind::Wait;
    if ((error = numbers(words, 1, n)).empty()) step.ms = n[0];
  } else if (verb == "wait-until") {
    step.kind = StepKind::WaitUntil;
    error = time_of_day(words, step);
  } else if (verb == "tap") {
    step.kind = StepKind::Tap;
    if ((error = numbers(words, 2, n)).empty()) step.from = {int(n[0]), int(n[1])};
  } else if (verb == "swipe") {
    step.kind = StepKind::Swipe;
    if ((error = numbers(words, 4, n)).empty()) {
      step.from = {int(n[0]), int(n[1])};
      step.to = {int(n[2]), int(n[3])};
    }
  } else if (verb == "drag") {
    step.kind = StepKind::Drag;
    if ((error = numbers(words, 5, n)).empty()) {
      step.from = {int(n[0]), int(n[1])};
      step.to = {int(n[2]), int(n[3])};
      step.ms = n[4];
    }
  } else if (verb == "press" || verb == "key" || verb == "screenshot") {
    step.kind = verb == "press" ? StepKind::Press
                : verb == "key" ? StepKind::Key
                                : StepKind::Screenshot;
    step.text = std::string(rest);
    if (rest.empty()) error = "'" + std::string(verb) + "' needs an argument";
  } else if (verb == "quit" || verb == "render-reset") {
    step.kind = verb == "quit" ? StepKind::Quit : StepKind::RenderReset;
    if (words.size() != 1) error = "'" + std::string(verb) + "' takes no argument";
  } else {
    error = "unknown step '" + std::string(verb) +
            "' (expected wait, wait-until, tap, swipe, drag, press, key, screenshot, render-reset "
            "or quit)";
  }
  return error;
}

}  // namespace

Script parse_script(std::string_view text) {
  Script script;
  std::istringstream in{std::string(text)};
  std::string raw;
  int number = 0;
  while (std::getline(in, raw)) {
    ++number;
    std::string_view line = trim(raw);
    if (line.empty() || line.front() == '#') continue;
    if (const auto hash = line.find(" #"); hash != std::string_view::npos) {
      line = trim(line.substr(0, hash));  // a comment after a step
    }
    Step step;
    step.line = number;
    std::string error = parse_line(line, step);
    if (error.empty()) {
      script.steps.push_back(std::move(step));
    } else {
      script.errors.push_back({number, std::move(error)});
    }
  }
  return script;
}

}  // namespace kiosk
