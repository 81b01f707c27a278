// What the extractor proposes: candidate facts for a curator to review, with where they came from.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kiosk::extract {

enum class CandidateKind { Quote, Date, Number, Person, Place };

// "quote", "date", "number", "person", "place".
const char* kind_name(CandidateKind kind);

struct Candidate {
  CandidateKind kind = CandidateKind::Quote;
  std::string text;        // the quoted words, the date or number as written, the name
  std::string source;      // the document's file name
  std::size_t offset = 0;  // byte offset of `text` in the document
  std::string sentence;    // the sentence it comes from
  std::string speaker;     // quotes: who said it ("" when the document does not say)
  bool direct = true;      // quotes: false for reported speech ("X said that ...")
  std::string value;       // dates: ISO 8601 ("2024-04-11", "--04-11" when the year is not
                           // known, "" when it cannot be worked out); numbers: the number
  std::string unit;        // numbers: "hours", "centimetres", ...
  std::string role;        // people: the title or role written with the name
  std::string note;        // how a value was worked out ("relative to the dateline April 11")
};

}  // namespace kiosk::extract
