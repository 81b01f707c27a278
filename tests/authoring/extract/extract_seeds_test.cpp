// kiosk-db extract measured against a hand-made answer key for the five documents.
#include <doctest/doctest.h>
#include <toml++/toml.h>

#include <filesystem>
#include <map>

#include "authoring/extract/extract.hpp"
#include "authoring/provenance.hpp"
#include "support/support.hpp"

using namespace kiosk;
using extract::Candidate;
using extract::CandidateKind;

namespace {

struct Score {
  int expected = 0;  // in the answer key
  int proposed = 0;  // by the extractor
  int right = 0;     // proposed and matching the key (speaker or value included)
  int found = 0;     // matching the key's text, whatever the speaker or value
  double precision() const { return proposed == 0 ? 0 : double(right) / proposed; }
  double recall() const { return expected == 0 ? 0 : double(right) / expected; }
};

std::string surname(const std::string& name) { return name.substr(name.rfind(' ') + 1); }

std::map<std::string, std::vector<Candidate>> extract_all(const std::string& seeds) {
  std::map<std::string, std::vector<Candidate>> out;
  for (const auto& entry : std::filesystem::directory_iterator(seeds)) {
    if (entry.path().extension() != ".txt") continue;
    const std::string name = entry.path().filename().string();
    out[name] = extract::extract(name, test::read_text(entry.path().string()));
  }
  return out;
}

// Each key entry is matched to one unused candidate, in document order.
Score score_quotes(const toml::table& key, std::map<std::string, std::vector<Candidate>>& found) {
  Score s;
  std::map<const Candidate*, bool> used;
  for (const auto& [doc, list] : found) {
    for (const Candidate& c : list) s.proposed += c.kind == CandidateKind::Quote && c.direct;
  }
  for (const toml::node& n : *key["quote"].as_array()) {
    const toml::table& q = *n.as_table();
    ++s.expected;
    const std::string starts = authoring::normalise_for_matching(*q["starts"].value<std::string>());
    const std::string speaker = *q["speaker"].value<std::string>();
    for (const Candidate& c : found[*q["document"].value<std::string>()]) {
      if (c.kind != CandidateKind::Quote || !c.direct || used[&c]) continue;
      if (!authoring::normalise_for_matching(c.text).starts_with(starts)) continue;
      used[&c] = true;
      ++s.found;
      const bool right = speaker.empty() ? c.speaker.empty() : surname(c.speaker) == speaker;
      CHECK_MESSAGE(right, "\"" << starts << "\": speaker '" << c.speaker << "', expected '"
                                << speaker << "'");
      s.right += right ? 1 : 0;
      break;
    }
  }
  return s;
}

Score score_dates(const toml::table& key, std::map<std::string, std::vector<Candidate>>& found) {
  Score s;
  std::map<const Candidate*, bool> used;
  for (const auto& [doc, list] : found) {
    for (const Candidate& c : list) s.proposed += c.kind == CandidateKind::Date;
  }
  for (const toml::node& n : *key["date"].as_array()) {
    const toml::table& d = *n.as_table();
    ++s.expected;
    const std::string text = *d["text"].value<std::string>();
    const std::string value = *d["value"].value<std::string>();
    for (const Candidate& c : found[*d["document"].value<std::string>()]) {
      if (c.kind != CandidateKind::Date || used[&c] || c.text != text) continue;
      used[&c] = true;
      ++s.found;
      WARN_MESSAGE(c.value == value, "\"" << text << "\" in " << c.source << ": value '" << c.value
                                          << "', expected '" << value << "'");
      s.right += c.value == value ? 1 : 0;
      break;
    }
  }
  return s;
}

}  // namespace

TEST_CASE("extract finds every direct quotation in the documents with its right speaker") {
  const std::string seeds = test::seeds_dir_or_skip();
  if (seeds.empty()) return;
  auto found = extract_all(seeds);
  const toml::table key = toml::parse_file(test::fixture_dir("extract/gold.toml"));
  const Score s = score_quotes(key, found);
  MESSAGE("quotes: " << s.expected << " in the key, " << s.proposed << " proposed, " << s.found
                     << " found, " << s.right << " with the right speaker; precision "
                     << s.precision() << ", recall " << s.recall());
  CHECK(s.expected == 23);
  CHECK(s.found == s.expected);
  CHECK(s.right == s.expected);
  CHECK(s.precision() >= 0.95);
}

TEST_CASE("extract finds the dates in the documents and works out their values") {
  const std::string seeds = test::seeds_dir_or_skip();
  if (seeds.empty()) return;
  auto found = extract_all(seeds);
  const toml::table key = toml::parse_file(test::fixture_dir("extract/gold.toml"));
  const Score s = score_dates(key, found);
  MESSAGE("dates: " << s.expected << " in the key, " << s.proposed << " proposed, " << s.found
                    << " found, " << s.right << " with the right value; precision " << s.precision()
                    << ", recall " << s.recall());
  CHECK(s.found == s.expected);  // every date expression is found
  CHECK(s.found == s.proposed);  // and nothing else is proposed as a date
  CHECK(s.recall() >= 0.9);      // values: "on Thursday" needs a year the text lacks
}
