// The builder's phrases: the one list of keys and their placeholders.
#include "authoring/phrases.hpp"

#include <algorithm>

namespace kiosk::authoring {

const std::vector<PhraseEntry>& phrase_entries() {
  using enum SlotKind;
  static const std::vector<PhraseEntry> entries{
      {Phrase::TrueOrFalse, "true_or_false", {{"statement", Text}}, {"statement"}},
      {Phrase::True, "true", {}, {}},
      {Phrase::False, "false", {}, {}},
      {Phrase::TrueExplained, "true_explained", {{"statement", Text}}, {"statement"}},
      {Phrase::FalseExplained, "false_explained", {{"statement", Text}}, {"statement"}},
      {Phrase::WhoSaidDirect, "who_said_direct", {{"words", Text}}, {"words"}},
      {Phrase::WhoSaidTranslated, "who_said_translated", {{"words", Text}}, {"words"}},
      {Phrase::WhoSaidIndirect, "who_said_indirect", {{"words", Text}}, {"words"}},
      {Phrase::WhoSaidExplained,
       "who_said_explained",
       {{"speaker", Entity}, {"role", Text}, {"context", Text}},
       {"speaker", "role", "context"}},
      {Phrase::WhoSaidExplainedPlain,
       "who_said_explained_plain",
       {{"speaker", Entity}, {"context", Text}},
       {"speaker", "context"}},
      // {number:gen}: «около» takes the genitive («около 2 недель»).
      {Phrase::Approximately, "approximately", {{"number", Entity}}, {"number"}},
      {Phrase::DateInferred, "date_inferred", {{"date", Text}}, {"date"}},
      {Phrase::YearInferred, "year_inferred", {{"date", Text}}, {"date"}},
      {Phrase::Undated, "undated", {}, {}},
      {Phrase::SourceLabel, "source_label", {{"outlet", Text}, {"date", Text}}, {"outlet", "date"}},
      {Phrase::ListAnd, "list_and", {{"list", Text}, {"item", Text}}, {"list", "item"}},
      {Phrase::DifferenceNote,
       "difference_note",
       {{"outlets", Text}, {"statement", Text}},
       {"outlets", "statement"}},
  };
  return entries;
}

const PhraseEntry& phrase_entry(Phrase id) {
  return phrase_entries()[static_cast<std::size_t>(id)];
}

std::optional<Phrase> phrase_from_key(std::string_view key) {
  const auto& entries = phrase_entries();
  const auto found = std::find_if(entries.begin(), entries.end(),
                                  [&](const PhraseEntry& e) { return e.key == key; });
  if (found == entries.end()) return std::nullopt;
  return found->id;
}

const std::string* phrase_text(const model::Interface& interface, Phrase id,
                               const std::string& language) {
  const auto phrases = interface.phrases.find(language);
  if (phrases == interface.phrases.end()) return nullptr;
  const auto text = phrases->second.find(std::string(phrase_entry(id).key));
  return text == phrases->second.end() ? nullptr : &text->second;
}

}  // namespace kiosk::authoring
