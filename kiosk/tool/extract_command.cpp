// Printing extraction candidates for curators.
#include "tool/extract_command.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <ostream>
#include <sstream>

#include "authoring/extract/extract.hpp"
#include "core/utf8.hpp"

namespace kiosk::tool {
namespace {

using extract::Candidate;
using extract::CandidateKind;

std::string toml_string(const std::string& s) {
  std::string out = "\"";
  for (const char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) continue;
        out += c;
    }
  }
  return out + "\"";
}

std::string slug(const std::string& name) {
  std::string out;
  for (const char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) out += static_cast<char>(std::tolower(u));
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "someone" : out;
}

std::string one_line(std::string s, std::size_t max = 160) {
  for (char& c : s) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  if (s.size() > max) {
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s = s.substr(0, cut) + "\u2026";
  }
  return s;
}

void draft_quote(std::ostream& o, const Candidate& c, int n) {
  o << "\n# " << c.source << " at byte " << c.offset << ": " << one_line(c.sentence) << "\n";
  o << "[[quote]]\nid = "
    << toml_string("draft-" + slug(c.source.substr(0, 3)) + "-q" + std::to_string(n)) << "\n";
  o << "speaker = " << toml_string(c.speaker.empty() ? "" : slug(c.speaker));
  o << (c.speaker.empty() ? "  # the document does not say who\n" : "  # " + c.speaker + "\n");
  if (c.direct) {
    o << "words = " << toml_string(c.text) << "\n";
  } else {
    o << "direct = false\nwords = " << toml_string("") << "  # TODO: a paraphrase in our words\n";
    o << "evidence = " << toml_string(one_line(c.text, 120)) << "\n";
  }
  o << "sources = [" << toml_string(c.source) << "]  # TODO: the source's id\n";
  o << "context = " << toml_string("") << "  # TODO: when and about what, in our words\n";
}

void draft_entity(std::ostream& o, const Candidate& c) {
  o << "\n[[entity]]\nid = " << toml_string(slug(c.text))
    << "\nkind = " << toml_string(c.kind == CandidateKind::Person ? "person" : "place")
    << "\nname = " << toml_string(c.text) << "\n";
  if (!c.role.empty()) o << "role = " << toml_string(c.role) << "  # as written; shorten\n";
}

void draft_fact(std::ostream& o, const Candidate& c) {
  const bool date = c.kind == CandidateKind::Date;
  o << "\n# " << (date ? "date" : "number") << " \"" << c.text << "\"";
  if (!c.value.empty()) o << " = " << c.value << (c.unit.empty() ? "" : " " + c.unit);
  if (!c.note.empty()) o << " (" << c.note << ")";
  o << " at byte " << c.offset << ": " << one_line(c.sentence) << "\n";
  o << "# [[fact]]\n# id = \"\"\n# subject = \"\"\n# relation = \"\"\n";
  if (date) {
    o << "# date = "
      << toml_string(c.value.empty() ? "YYYY-MM-DD" : c.value.substr(0, c.value.find('/'))) << "\n";
  } else {
    o << "# number = " << (c.value.empty() ? "0" : c.value) << "\n# unit = " << toml_string(c.unit)
      << "\n";
  }
  o << "# sources = [{ source = " << toml_string(c.source) << ", evidence = " << toml_string(c.text)
    << " }]\n";
}

nlohmann::ordered_json to_json(const Candidate& c) {
  nlohmann::ordered_json j{{"kind", extract::kind_name(c.kind)},
                           {"text", c.text},
                           {"source", c.source},
                           {"offset", c.offset},
                           {"sentence", c.sentence}};
  if (c.kind == CandidateKind::Quote) {
    j["speaker"] = c.speaker;
    j["direct"] = c.direct;
  }
  if (!c.value.empty()) j["value"] = c.value;
  if (!c.unit.empty()) j["unit"] = c.unit;
  if (!c.role.empty()) j["role"] = c.role;
  if (!c.note.empty()) j["note"] = c.note;
  return j;
}

}  // namespace

std::string draft_toml(const std::vector<Candidate>& candidates) {
  std::ostringstream o;
  o << "# Draft from kiosk-db extract: candidates for a curator to review, not facts.\n"
       "# Check each against its document, write titles and contexts in our own words, give\n"
       "# sources their ids, then merge what holds into db/content/. Offsets are bytes.\n";
  int quotes = 0;
  for (const Candidate& c : candidates) {
    if (c.kind == CandidateKind::Quote) draft_quote(o, c, ++quotes);
  }
  o << "\n# ---- people and places\n";
  for (const Candidate& c : candidates) {
    if (c.kind == CandidateKind::Person || c.kind == CandidateKind::Place) draft_entity(o, c);
  }
  o << "\n# ---- dates and numbers: facts to complete\n";
  for (const Candidate& c : candidates) {
    if (c.kind == CandidateKind::Date || c.kind == CandidateKind::Number) draft_fact(o, c);
  }
  return o.str();
}

Exit extract(const std::vector<std::string>& documents, ExtractFormat format, std::ostream& out,
             std::ostream& err) {
  std::vector<Candidate> all;
  Exit result = Exit::Ok;
  for (const std::string& path : documents) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      err << "kiosk-db: cannot read '" << path << "'\n";
      result = Exit::Problem;
      continue;
    }
    std::stringstream text;
    text << in.rdbuf();
    const std::string body = text.str();
    if (const auto bad = utf8::first_invalid(body)) {
      err << path << ": not UTF-8 text (byte " << *bad << ")\n";
      result = Exit::Problem;
      continue;
    }
    const std::vector<Candidate> found =
        extract::extract(std::filesystem::path(path).filename().string(), body);
    all.insert(all.end(), found.begin(), found.end());
  }
  if (format == ExtractFormat::Json) {
    nlohmann::ordered_json array = nlohmann::ordered_json::array();
    for (const Candidate& c : all) array.push_back(to_json(c));
    out << array.dump(2) << '\n';
  } else {
    out << draft_toml(all);
  }
  return result;
}

}  // namespace kiosk::tool
