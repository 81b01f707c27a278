// People in a document: names with the titles written beside them, and who a phrase such as
// "the Russian leader" or "he" refers to.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "authoring/extract/document.hpp"

namespace kiosk::extract {

struct Person {
  std::string name;               // "Alexander Lukashenko"
  std::string role;               // "Belarusian President", "chief political adviser"
  std::set<std::string> nations;  // "belarus", "russia": from words like "Belarusian"
  bool leader = false;            // president, leader, head of state
  std::size_t first_offset = 0;
};

// A mention of a person in the text: where, and which person (index into people()).
struct Mention {
  Span span;
  std::size_t person = 0;
};

class People {
 public:
  explicit People(const Document& doc);

  const std::vector<Person>& people() const { return people_; }
  const std::vector<Mention>& mentions() const { return mentions_; }

  // The person a speaker phrase names: a full name, a surname, or a description such as
  // "the President of Belarus" or "The Belarusian Head of State". nullopt if none.
  std::optional<std::size_t> resolve(std::string_view phrase) const;

  // The first person mentioned (by name or description) in `span`, and where; mentions inside
  // any of `except` (quotations: "For Putin, ..." names no speaker) do not count.
  std::optional<Mention> first_in(Span span, const std::vector<Span>& except = {}) const;

 private:
  void find_named(const Document& doc);
  void find_surnames(const Document& doc);
  void find_described(const Document& doc);
  std::optional<std::size_t> by_name(std::string_view word) const;

  std::vector<Person> people_;
  std::vector<Mention> mentions_;
};

// Nation and leadership words in a phrase: "Belarusian" -> "belarus", "president" -> leader.
void read_descriptors(std::string_view phrase, std::set<std::string>& nations, bool& leader);

}  // namespace kiosk::extract
