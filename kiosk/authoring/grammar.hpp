// Templates with grammar: {slot}, a case {slot:acc} and agreement {slot|прибыл|прибыла}, checked
// against the slots a template may use and filled with names in the right case and gender.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace kiosk::authoring {

// What a slot holds: an entity's name (which declines and has a gender) or plain text (a date,
// a number, a quote's words).
enum class SlotKind { Entity, Text };

// The slots a template may use, and what each holds.
using SlotKinds = std::map<std::string, SlotKind>;

// Every mistake in `pattern`, one message each, naming the placeholder: a slot not in `slots`,
// a case other than nom, gen, dat, acc, ins, loc, a case or an agreement on a slot that is not
// an entity, an agreement with fewer than two or more than four forms or an empty one, a
// placeholder not closed. A '{' not followed by a word is plain text.
std::vector<std::string> template_problems(const std::string& pattern, const SlotKinds& slots);

// The slots `pattern` names, in any form ({object}, {object:acc}, {object|был|была}).
std::set<std::string> slots_used(const std::string& pattern);

// What fills one slot in one language.
struct SlotFill {
  std::string text;  // the nominative name, or the text
  std::map<model::GrammaticalCase, std::string> forms;
  std::optional<model::Gender> gender;
  std::string what;  // how messages name it: "entity 'nasa'"
};

using SlotFills = std::map<std::string, SlotFill>;

// A slot filled with plain text (a date, a quote's words), which neither declines nor agrees.
inline SlotFill plain_slot(std::string text) { return {std::move(text), {}, std::nullopt, {}}; }

// A text made in one language, or what it lacks to be made whole there.
struct Made {
  std::optional<std::string> text;
  std::string missing;  // when there is no text: "entity 'nasa' has no gender in 'ru'"

  static Made of(std::string text) { return {std::move(text), {}}; }
  static Made lacking(std::string what) { return {std::nullopt, std::move(what)}; }
};

// `pattern` with its placeholders filled from `fills`. A case form the slot lacks reads as the
// nominative (names that do not decline, such as «Союз МС-25», give none). An agreement needs
// the slot's gender and the template's form for it; without either the text is not made, and
// `language` names the language in what it lacks. A slot not in `fills` stays as written. A
// slot filled with nothing takes the space before it along; a slot ending in '.' where the
// template goes on with '.' ("… 2024 г." at the end of a sentence) gives one full stop, not two.
Made fill_template(const std::string& pattern, const SlotFills& fills, const std::string& language);

// The gender written `name` ("m", "f", "n", "pl"), if it is one.
std::optional<model::Gender> gender_from_name(std::string_view name);

// The case written `name` ("nom", "gen", "dat", "acc", "ins", "loc"), if it is one.
std::optional<model::GrammaticalCase> case_from_name(std::string_view name);

// The cases an entity's `forms` may give, as written: "gen, dat, acc, ins, loc".
std::string_view declined_case_names();

}  // namespace kiosk::authoring
