// Running every finder over a document.
#include "authoring/extract/extract.hpp"

#include <algorithm>

#include "authoring/extract/dates.hpp"
#include "authoring/extract/people.hpp"
#include "authoring/extract/quotes.hpp"
#include "authoring/extract/things.hpp"

namespace kiosk::extract {

const char* kind_name(CandidateKind kind) {
  switch (kind) {
    case CandidateKind::Quote: return "quote";
    case CandidateKind::Date: return "date";
    case CandidateKind::Number: return "number";
    case CandidateKind::Person: return "person";
    case CandidateKind::Place: return "place";
  }
  return "?";
}

std::vector<Candidate> extract(const std::string& name, const std::string& text) {
  const Document doc(name, text);
  const People people(doc);
  std::vector<Candidate> out = find_quotes(doc, people);
  for (auto* finder : {&find_dates, &find_numbers, &find_places}) {
    std::vector<Candidate> more = finder(doc);
    out.insert(out.end(), more.begin(), more.end());
  }
  const std::vector<Candidate> reported = find_reported_speech(doc, people);
  out.insert(out.end(), reported.begin(), reported.end());
  for (const Person& p : people.people()) {
    Candidate c;
    c.kind = CandidateKind::Person;
    c.text = p.name;
    c.source = name;
    c.offset = p.first_offset;
    c.sentence = std::string(doc.slice(doc.sentence_at(p.first_offset)));
    c.role = p.role;
    out.push_back(std::move(c));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Candidate& a, const Candidate& b) { return a.offset < b.offset; });
  return out;
}

}  // namespace kiosk::extract
