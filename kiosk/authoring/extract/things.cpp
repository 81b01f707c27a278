// Numbers and places by pattern.
#include "authoring/extract/things.hpp"

#include <array>
#include <regex>
#include <set>

namespace kiosk::extract {
namespace {

const std::array<std::pair<const char*, int>, 23> kNumberWords{
    {{"one", 1},         {"two", 2},     {"three", 3},     {"four", 4},        {"five", 5},
     {"six", 6},         {"seven", 7},   {"eight", 8},     {"nine", 9},        {"ten", 10},
     {"eleven", 11},     {"twelve", 12}, {"fifteen", 15},  {"twenty", 20},     {"thirty", 30},
     {"forty", 40},      {"fifty", 50},  {"hundred", 100}, {"a hundred", 100}, {"a thousand", 1000},
     {"thousand", 1000}, {"dozen", 12},  {"a dozen", 12}}};

std::string number_value(const std::string& word) {
  for (const auto& [w, n] : kNumberWords) {
    if (lower(word) == w) return std::to_string(n);
  }
  return word;  // already digits
}

Candidate make(const Document& doc, CandidateKind kind, std::size_t at, const std::string& text) {
  Candidate c;
  c.kind = kind;
  c.text = text;
  c.source = doc.name();
  c.offset = at;
  c.sentence = std::string(doc.slice(doc.sentence_at(at)));
  return c;
}

}  // namespace

std::vector<Candidate> find_numbers(const Document& doc) {
  static const std::regex pattern(
      "\\b(?:(about|around|over|nearly|almost|more than|some) )?"
      "(\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
      "twenty|thirty|forty|fifty|a hundred|hundred|a thousand|thousand|a dozen|dozen)"
      "(?:-| )(hours?|days?|weeks?|months?|years?|centimet(?:re|er)s?|met(?:re|er)s?|"
      "kilomet(?:re|er)s?|km|rounds?|states|countries|times|people|children|percent|per cent)\\b|"
      "\\b(?:the )?(\\d+)(?:st|nd|rd|th) (anniversary|visiting expedition|expedition|round)\\b",
      std::regex::icase);
  std::vector<Candidate> out;
  const std::string& t = doc.text();
  for (std::sregex_iterator it(t.begin(), t.end(), pattern), end; it != end; ++it) {
    const std::smatch& m = *it;
    Candidate c = make(doc, CandidateKind::Number, static_cast<std::size_t>(m.position()), m.str());
    if (m[2].matched) {
      c.value = number_value(m[2].str());
      c.unit = lower(m[3].str());
      if (m[1].matched) c.note = lower(m[1].str());
    } else {
      c.value = m[4].str();
      c.unit = m[5].str();
      c.note = "ordinal";
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<Candidate> find_places(const Document& doc) {
  static const std::regex pattern(
      "\\b(?:in|to|from|near|at|of) (the )?((?:St\\.? )?[A-Z][\\w\\x80-\\xff'-]+(?: "
      "[A-Z][\\w\\x80-\\xff'-]+)?)");
  static const std::set<std::string> kNotPlaces{"January",
                                                "February",
                                                "March",
                                                "April",
                                                "May",
                                                "June",
                                                "July",
                                                "August",
                                                "September",
                                                "October",
                                                "November",
                                                "December",
                                                "Monday",
                                                "Tuesday",
                                                "Wednesday",
                                                "Thursday",
                                                "Friday",
                                                "Saturday",
                                                "Sunday",
                                                "Belarusian",
                                                "Russian",
                                                "Ukrainian",
                                                "Roscosmos",
                                                "NASA",
                                                "TASS",
                                                "Newsweek",
                                                "Putin",
                                                "Lukashenko",
                                                "Cosmonautics Day",
                                                "President",
                                                "Head",
                                                "State",
                                                "Union State",
                                                "Supreme State",
                                                "Russian Federation",
                                                "International Space",
                                                "Yuri Gagarin",
                                                "Research Test",
                                                "Belarus",
                                                "Russia",
                                                "Ukraine",
                                                "Head of",
                                                "Defense",
                                                "Institute",
                                                "West",
                                                "Commonwealth",
                                                "Vladimir",
                                                "Alexander",
                                                "Aleksandr",
                                                "Yuri",
                                                "Yury",
                                                "Marina",
                                                "Oleg",
                                                "War",
                                                "Polish",
                                                "Belarusians",
                                                "Russians",
                                                "NATO",
                                                "Independent",
                                                "Moscow-led",
                                                "West"};
  std::vector<Candidate> out;
  std::set<std::string> seen;
  const std::string& t = doc.text();
  for (std::sregex_iterator it(t.begin(), t.end(), pattern), end; it != end; ++it) {
    const std::smatch& m = *it;
    std::string name = m[2].str();
    for (const std::string_view cut : {std::string_view("\u2019s"), std::string_view("'s")}) {
      if (name.ends_with(cut)) name.resize(name.size() - cut.size());
    }
    // "the ISS Marina": a place is never followed by a person's given name.
    if (const auto space = name.find(' ');
        space != std::string::npos && kNotPlaces.contains(name.substr(space + 1))) {
      name.resize(space);
    }
    const std::string first = name.substr(0, name.find(' '));
    if (kNotPlaces.contains(name) || kNotPlaces.contains(first) || !seen.insert(name).second) {
      continue;
    }
    const auto at = static_cast<std::size_t>(m.position(2));
    out.push_back(make(doc, CandidateKind::Place, at, (m[1].matched ? "the " : "") + name));
  }
  return out;
}

}  // namespace kiosk::extract
