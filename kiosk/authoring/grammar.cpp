// Templates with grammar: parsing placeholders, checking them, filling them in.
#include "authoring/grammar.hpp"

#include <array>
#include <utility>

namespace kiosk::authoring {
namespace {

using model::Gender;
using model::GrammaticalCase;

constexpr std::array<std::pair<GrammaticalCase, std::string_view>, 6> kCases{{
    {GrammaticalCase::Nominative, "nom"},
    {GrammaticalCase::Genitive, "gen"},
    {GrammaticalCase::Dative, "dat"},
    {GrammaticalCase::Accusative, "acc"},
    {GrammaticalCase::Instrumental, "ins"},
    {GrammaticalCase::Locative, "loc"},
}};

// In the order an agreement lists its forms: {slot|masculine|feminine|neuter|plural}.
constexpr std::array<std::pair<Gender, std::string_view>, 4> kGenders{{
    {Gender::Masculine, "m"},
    {Gender::Feminine, "f"},
    {Gender::Neuter, "n"},
    {Gender::Plural, "pl"},
}};

constexpr std::size_t kMinForms = 2;  // masculine and feminine; neuter and plural as needed

enum class Form { Plain, Case, Agreement };

struct Placeholder {
  std::string slot;
  Form form = Form::Plain;
  std::string case_name;           // for Form::Case
  std::vector<std::string> forms;  // for Form::Agreement, masculine first
  std::string written;             // as in the template
};

// A run of plain text, or one placeholder.
struct Piece {
  std::string text;
  std::optional<Placeholder> placeholder;
};

struct Parsed {
  std::vector<Piece> pieces;
  std::vector<std::string> problems;
};

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::vector<std::string> split_forms(const std::string& text) {
  std::vector<std::string> forms;
  std::size_t start = 0;
  for (std::size_t bar = text.find('|'); bar != std::string::npos; bar = text.find('|', start)) {
    forms.push_back(text.substr(start, bar - start));
    start = bar + 1;
  }
  forms.push_back(text.substr(start));
  return forms;
}

Placeholder placeholder_at(const std::string& pattern, std::size_t open, std::size_t name_end,
                           std::size_t close) {
  Placeholder p;
  p.slot = pattern.substr(open + 1, name_end - open - 1);
  p.written = pattern.substr(open, close - open + 1);
  const std::string rest = pattern.substr(name_end + 1, close - name_end - 1);
  if (pattern[name_end] == ':') {
    p.form = Form::Case;
    p.case_name = rest;
  } else if (pattern[name_end] == '|') {
    p.form = Form::Agreement;
    p.forms = split_forms(rest);
  }
  return p;
}

// The template as text and placeholders. A '{' that is not followed by a word and then '}',
// ':' or '|' is text, as it always was.
Parsed parse(const std::string& pattern) {
  Parsed out;
  std::string text;
  std::size_t pos = 0;
  while (pos < pattern.size()) {
    const std::size_t open = pattern.find('{', pos);
    if (open == std::string::npos) {
      text += pattern.substr(pos);
      break;
    }
    text += pattern.substr(pos, open - pos);
    std::size_t end = open + 1;
    while (end < pattern.size() && is_word_char(pattern[end])) ++end;
    const char next = end < pattern.size() ? pattern[end] : '\0';
    if (end == open + 1 || (next != '}' && next != ':' && next != '|')) {
      text += '{';
      pos = open + 1;
      continue;
    }
    const std::size_t close = pattern.find('}', end);
    if (close == std::string::npos) {
      out.problems.push_back("'" + pattern.substr(open, end - open) + "' is not closed with '}'");
      text += pattern.substr(open);
      break;
    }
    out.pieces.push_back({std::move(text), std::nullopt});
    text.clear();
    out.pieces.push_back({{}, placeholder_at(pattern, open, end, close)});
    pos = close + 1;
  }
  out.pieces.push_back({std::move(text), std::nullopt});
  return out;
}

std::string known_slots(const SlotKinds& slots) {
  std::string names;
  for (const auto& [name, kind] : slots) names += (names.empty() ? "{" : ", {") + name + "}";
  return names;
}

// What is wrong with one placeholder, or "".
std::string problem_of(const Placeholder& p, const SlotKinds& slots) {
  const auto slot = slots.find(p.slot);
  if (slot == slots.end()) {
    const std::string in = p.form == Form::Plain ? "" : " in '" + p.written + "'";
    return "uses unknown placeholder {" + p.slot + "}" + in + " (known: " + known_slots(slots) +
           ")";
  }
  switch (p.form) {
    case Form::Plain: return {};
    case Form::Case:
      if (!case_from_name(p.case_name)) {
        return "'" + p.written + "': unknown case '" + p.case_name +
               "' (nom, gen, dat, acc, ins or loc)";
      }
      if (slot->second == SlotKind::Text) {
        return "'" + p.written + "': {" + p.slot + "} is not a name, so it has no cases";
      }
      return {};
    case Form::Agreement:
      if (slot->second == SlotKind::Text) {
        return "'" + p.written + "': {" + p.slot +
               "} is not a name, so nothing can agree with its gender";
      }
      if (p.forms.size() < kMinForms || p.forms.size() > kGenders.size()) {
        return "'" + p.written +
               "' needs 2 to 4 forms: masculine, feminine, then neuter and plural as needed";
      }
      for (const std::string& form : p.forms) {
        if (form.empty()) return "'" + p.written + "' has an empty form";
      }
      return {};
  }
  return {};
}

std::string_view gender_word(Gender gender) {
  switch (gender) {
    case Gender::Masculine: return "masculine";
    case Gender::Feminine: return "feminine";
    case Gender::Neuter: return "neuter";
    case Gender::Plural: return "plural";
  }
  return "?";
}

Made fill_one(const Placeholder& p, const SlotFill& fill, const std::string& language) {
  switch (p.form) {
    case Form::Plain: return Made::of(fill.text);
    case Form::Case: {
      const auto wanted = case_from_name(p.case_name);
      const auto form = wanted ? fill.forms.find(*wanted) : fill.forms.end();
      return Made::of(form == fill.forms.end() ? fill.text : form->second);
    }
    case Form::Agreement: {
      if (!fill.gender) return Made::lacking(fill.what + " has no gender in '" + language + "'");
      const auto index = static_cast<std::size_t>(*fill.gender);
      if (index >= p.forms.size()) {
        return Made::lacking("'" + p.written + "' gives no " +
                             std::string(gender_word(*fill.gender)) + " form, which " + fill.what +
                             " needs");
      }
      return Made::of(p.forms[index]);
    }
  }
  return Made::of(fill.text);
}

}  // namespace

std::vector<std::string> template_problems(const std::string& pattern, const SlotKinds& slots) {
  Parsed parsed = parse(pattern);
  for (const Piece& piece : parsed.pieces) {
    if (!piece.placeholder) continue;
    if (std::string problem = problem_of(*piece.placeholder, slots); !problem.empty()) {
      parsed.problems.push_back(std::move(problem));
    }
  }
  return parsed.problems;
}

std::set<std::string> slots_used(const std::string& pattern) {
  std::set<std::string> slots;
  for (const Piece& piece : parse(pattern).pieces) {
    if (piece.placeholder) slots.insert(piece.placeholder->slot);
  }
  return slots;
}

Made fill_template(const std::string& pattern, const SlotFills& fills,
                   const std::string& language) {
  std::string out;
  bool ends_with_full_stop = false;
  for (const Piece& piece : parse(pattern).pieces) {
    if (!piece.placeholder) {
      std::string_view text = piece.text;
      if (ends_with_full_stop && text.starts_with('.')) text.remove_prefix(1);
      out += text;
      ends_with_full_stop = false;
      continue;
    }
    const auto fill = fills.find(piece.placeholder->slot);
    if (fill == fills.end()) {
      out += piece.placeholder->written;
      ends_with_full_stop = false;
      continue;
    }
    Made value = fill_one(*piece.placeholder, fill->second, language);
    if (!value.text) return value;
    if (value.text->empty() && out.ends_with(' ')) out.pop_back();
    out += *value.text;
    ends_with_full_stop = value.text->ends_with('.');
  }
  return Made::of(std::move(out));
}

std::optional<model::Gender> gender_from_name(std::string_view name) {
  for (const auto& [gender, written] : kGenders) {
    if (written == name) return gender;
  }
  return std::nullopt;
}

std::optional<model::GrammaticalCase> case_from_name(std::string_view name) {
  for (const auto& [grammatical_case, written] : kCases) {
    if (written == name) return grammatical_case;
  }
  return std::nullopt;
}

std::string_view declined_case_names() { return "gen, dat, acc, ins, loc"; }

}  // namespace kiosk::authoring
