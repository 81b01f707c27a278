// The words the builder puts into generated text ("True or false?", "Who said this?", "about
// 4 hours"): one list of keys, each with the placeholders it may fill. Their text, English
// included, is interface.toml's [phrases.LANG]; [phrases.en] must give every one.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "authoring/grammar.hpp"
#include "core/model.hpp"

namespace kiosk::authoring {

enum class Phrase {
  TrueOrFalse,            // a true-or-false prompt: {statement}
  True,                   // its answers
  False,                  //
  TrueExplained,          // its explanations: {statement}
  FalseExplained,         //
  WhoSaidDirect,          // "who said this?" on a quote's own words: {words}
  WhoSaidTranslated,      // the same, when {words} are our translation of the report
  WhoSaidIndirect,        // on a paraphrase: {words}
  WhoSaidExplained,       // {speaker}, {role}, {context}; may agree with the speaker
  WhoSaidExplainedPlain,  // for a speaker with no role: {speaker}, {context}
  Approximately,          // an approximate number: {number}, which may take the genitive
  DateInferred,           // a wholly inferred date: {date}
  YearInferred,           // a date whose year is inferred: {date}
  Undated,                // a source's credit line without a date
  SourceLabel,            // a source's credit line: {outlet}, {date}
  ListAnd,                // one more outlet in a list: {list}, {item}
  DifferenceNote,         // a "sources differ" line: {outlets}, {statement}
};

struct PhraseEntry {
  Phrase id;
  std::string_view key;               // as in [phrases.LANG]
  SlotKinds slots;                    // the placeholders it may use
  std::vector<std::string> required;  // the placeholders it must use
};

// Every phrase, in the order of the enum.
const std::vector<PhraseEntry>& phrase_entries();

// The entry of `id`.
const PhraseEntry& phrase_entry(Phrase id);

// The phrase written `key`, if there is one.
std::optional<Phrase> phrase_from_key(std::string_view key);

// The text of `id` in `language` from interface.toml, or nullptr when that language lacks it.
const std::string* phrase_text(const model::Interface& interface, Phrase id,
                               const std::string& language);

}  // namespace kiosk::authoring
