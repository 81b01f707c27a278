// Independence counting, contradiction finding and evidence matching.
#include "authoring/provenance.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/wording.hpp"

namespace kiosk::authoring {
namespace {

using model::Content;
using model::Fact;

// The original story a source retells (itself when it is an original).
std::string origin_of(const model::Index& index, const std::string& source_id) {
  std::string id = source_id;
  std::set<std::string> seen;
  for (const model::Source* s = index.source(id); s != nullptr && !s->rewrite_of.empty();
       s = index.source(id)) {
    if (!seen.insert(id).second) break;
    id = s->rewrite_of;
  }
  return id;
}

std::string value_key(const Fact& f) {
  if (!f.object.empty()) return "entity:" + f.object;
  if (f.date) return "date:" + to_iso(f.date->date);
  if (f.number) return "number:" + std::to_string(*f.number);
  return {};
}

std::string outlets(const model::Index& index, const std::vector<model::Evidence>& sources) {
  std::string out;
  for (const auto& e : sources) {
    const model::Source* s = index.source(e.source);
    out += (out.empty() ? "" : ", ") + (s ? s->outlet : e.source);
  }
  return out;
}

void find_fact_conflicts(Content& c, const model::Index& index, Diagnostics& out) {
  std::map<std::string, std::vector<Fact*>> groups;
  for (Fact& f : c.facts) {
    const model::Relation* r = index.relation(f.relation);
    if (r == nullptr || r->cardinality != model::Cardinality::One) continue;
    groups[f.subject + "|" + f.relation + "|" + f.qualifier].push_back(&f);
  }
  for (auto& [key, facts] : groups) {
    std::set<std::string> values;
    for (const Fact* f : facts) values.insert(value_key(*f));
    if (values.size() < 2) continue;
    std::string versions;
    for (Fact* f : facts) {
      f->status = model::FactStatus::Disputed;
      for (const Fact* other : facts) {
        if (value_key(*other) != value_key(*f)) f->disputed_with.push_back(other->id);
      }
      versions += (versions.empty() ? "" : "; ") + outlets(index, f->sources) + ": " +
                  model::value_label(index, *f, c.meta.default_language) + " ('" + f->id + "')";
    }
    const Fact& first = *facts.front();
    out.note(first.origin.file, first.origin.line,
             "sources differ on '" + first.relation + "' of '" + first.subject + "': " + versions +
                 ". These facts are marked disputed; no question uses them.");
  }
}

std::set<std::string> word_set(const std::string& text) {
  std::set<std::string> words;
  std::string word;
  for (const char ch : normalise_for_matching(text) + " ") {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80 || c == '\'') {
      word += static_cast<char>(std::tolower(c));
    } else if (!word.empty()) {
      words.insert(word);
      word.clear();
    }
  }
  return words;
}

double overlap(const std::set<std::string>& a, const std::set<std::string>& b) {
  std::size_t common = 0;
  for (const auto& w : a) common += b.count(w);
  const std::size_t total = a.size() + b.size() - common;
  return total == 0 ? 1.0 : static_cast<double>(common) / static_cast<double>(total);
}

void find_quote_conflicts(Content& c, Diagnostics& out) {
  const std::string& lang = c.meta.default_language;
  for (std::size_t i = 0; i < c.quotes.size(); ++i) {
    for (std::size_t j = i + 1; j < c.quotes.size(); ++j) {
      model::Quote& a = c.quotes[i];
      model::Quote& b = c.quotes[j];
      const std::string wa = model::text_in(a.words, lang);
      const std::string wb = model::text_in(b.words, lang);
      const double similar = overlap(word_set(wa), word_set(wb));
      std::string problem;
      if (a.speaker != b.speaker && normalise_for_matching(wa) == normalise_for_matching(wb)) {
        problem = "the same words are attributed to '" + a.speaker + "' and '" + b.speaker + "'";
      } else if (a.speaker == b.speaker && similar >= 0.6 && similar < 1.0) {
        problem = "sources word a remark of '" + a.speaker + "' differently";
      }
      if (problem.empty()) continue;
      a.status = model::FactStatus::Disputed;
      b.status = model::FactStatus::Disputed;
      out.note(
          b.origin.file, b.origin.line,
          "quotes '" + a.id + "' and '" + b.id + "': " + problem + "; both are marked disputed.");
    }
  }
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Splits quoted words at ellipses (an omission), each part to be found in order.
std::vector<std::string> parts_of(const std::string& words) {
  std::vector<std::string> parts;
  std::string text = words;
  for (const std::string mark : {"\u2026", "..."}) {
    for (std::size_t p; (p = text.find(mark)) != std::string::npos;)
      text.replace(p, mark.size(), "\x1f");
  }
  std::string part;
  for (const char ch : text + "\x1f") {
    if (ch != '\x1f') {
      part += ch;
      continue;
    }
    const std::string n = normalise_for_matching(part);
    if (n.find_first_not_of(" .,;:!?\"'") != std::string::npos) parts.push_back(n);
    part.clear();
  }
  return parts;
}

}  // namespace

bool evidence_occurs_in(const std::string& document, const std::string& words) {
  std::size_t from = 0;
  for (std::string part : parts_of(words)) {
    while (!part.empty() && (part.front() == ' ')) part.erase(0, 1);
    while (!part.empty() && (part.back() == ' ')) part.pop_back();
    const std::size_t at = document.find(part, from);
    if (at == std::string::npos) return false;
    from = at + part.size();
  }
  return true;
}

std::string normalise_for_matching(const std::string& text) {
  static const std::pair<const char*, const char*> kMap[] = {
      {"\u2019", "'"},  {"\u2018", "'"},  {"\u201C", "\""}, {"\u201D", "\""},
      {"\u00AB", "\""}, {"\u00BB", "\""}, {"\u00A0", " "}};
  std::string s = text;
  for (const auto& [from, to] : kMap) {
    for (std::size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += std::strlen(to)) {
      s.replace(p, std::strlen(from), to);
    }
  }
  std::string out;
  bool space = false;
  for (const char ch : s) {
    if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += ch;
  }
  return out;
}

void derive_provenance(Content& content, Diagnostics& out) {
  const model::Index index(content);
  for (Fact& f : content.facts) {
    std::set<std::string> origins;
    for (const auto& e : f.sources) origins.insert(origin_of(index, e.source));
    f.independent_sources = static_cast<int>(origins.size());
  }
  find_fact_conflicts(content, index, out);
  find_quote_conflicts(content, out);
}

void check_evidence(const Content& content, const std::string& documents_dir, Diagnostics& out) {
  const model::Index index(content);
  std::map<std::string, std::string> documents;
  auto document = [&](const std::string& source_id) -> const std::string* {
    const model::Source* s = index.source(source_id);
    if (s == nullptr) return nullptr;
    if (!documents.contains(s->file)) {
      const std::string path = documents_dir + "/" + s->file;
      std::ifstream probe(path);
      if (!probe) {
        out.error(s->origin.file, s->origin.line,
                  "source '" + s->id + "': document '" + path + "' cannot be read");
        documents[s->file] = {};
      } else {
        documents[s->file] = normalise_for_matching(read_file(path));
      }
    }
    return &documents[s->file];
  };
  auto check = [&](const std::vector<model::Evidence>& list, const model::Origin& o,
                   const std::string& what) {
    for (const auto& e : list) {
      const std::string* doc = document(e.source);
      if (doc == nullptr || doc->empty()) continue;
      if (!evidence_occurs_in(*doc, e.words)) {
        out.error(
            o.file, o.line,
            what + ": \"" + e.words + "\" is not in the document of source '" + e.source + "'");
      }
    }
  };
  for (const auto& f : content.facts) check(f.sources, f.origin, "fact '" + f.id + "' evidence");
  for (const auto& q : content.quotes) check(q.sources, q.origin, "quote '" + q.id + "'");
}

}  // namespace kiosk::authoring
