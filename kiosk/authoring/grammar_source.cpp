// The grammar of the content source: entity gender and case forms, units, template checks.
#include "authoring/grammar_source.hpp"

#include <algorithm>
#include <utility>

#include "authoring/grammar.hpp"

namespace kiosk::authoring {
namespace {

int line_of_node(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

bool is_content_language(const std::string& code, const std::vector<std::string>& languages) {
  return std::find(languages.begin(), languages.end(), code) != languages.end();
}

std::string not_a_language(const std::string& key, const std::string& code) {
  return "'" + key + "': '" + code + "' is not in kiosk.toml's languages";
}

std::optional<model::Gender> gender_at(TableReader& r, const toml::node& node,
                                       const std::string& key) {
  const toml::value<std::string>* text = node.as_string();
  const auto gender = text != nullptr ? gender_from_name(text->get()) : std::nullopt;
  if (!gender) r.error(line_of_node(node), "'" + key + "' must be \"m\", \"f\", \"n\" or \"pl\"");
  return gender;
}

void read_gender(TableReader& r, model::Entity& e, const std::vector<std::string>& languages) {
  const toml::node* node = r.raw("gender");
  if (node == nullptr) return;
  const toml::table* per_language = node->as_table();
  if (per_language == nullptr) {
    e.gender = gender_at(r, *node, "gender");
    return;
  }
  for (auto&& [key, value] : *per_language) {
    const std::string code(key.str());
    if (!is_content_language(code, languages)) {
      r.error(line_of_node(value), not_a_language("gender." + code, code));
    } else if (const auto gender = gender_at(r, value, "gender." + code)) {
      e.gender_in[code] = *gender;
    }
  }
}

// One language's forms: { gen = "...", ... }, each a case other than the nominative.
void read_cases(TableReader& r, const toml::node& node, const std::string& key,
                std::map<model::GrammaticalCase, std::string>& forms) {
  const toml::table* cases = node.as_table();
  if (cases == nullptr) {
    r.error(line_of_node(node), "'" + key + "' must be a table of case forms, such as { gen = " +
                                    "\"...\", dat = \"...\" }");
    return;
  }
  for (auto&& [name, value] : *cases) {
    const auto found = case_from_name(name.str());
    if (!found || *found == model::GrammaticalCase::Nominative) {
      r.error(line_of_node(value), "'" + key + "': unknown case '" + std::string(name.str()) +
                                       "' (" + std::string(declined_case_names()) +
                                       "; the nominative is the name)");
      continue;
    }
    const std::string form =
        r.inner_string(value, key + "." + std::string(name.str()), limits::kEntityName);
    if (!form.empty()) forms[*found] = form;
  }
}

void read_forms(TableReader& r, model::Entity& e, const std::vector<std::string>& languages) {
  const toml::node* node = r.raw("forms");
  if (node == nullptr) return;
  const toml::table* per_language = node->as_table();
  if (per_language == nullptr) {
    r.error(line_of_node(*node), "'forms' must be given per language: forms.ru = { gen = ... }");
    return;
  }
  for (auto&& [key, value] : *per_language) {
    const std::string code(key.str());
    if (!is_content_language(code, languages)) {
      r.error(line_of_node(value), not_a_language("forms." + code, code));
      continue;
    }
    read_cases(r, value, "forms." + code, e.forms[code]);
  }
}

void read_unit(TableReader& r, const std::string& name, const toml::node& node, model::Meta& meta) {
  const std::string key = "unit." + name;
  const toml::table* per_language = node.as_table();
  if (per_language == nullptr) {
    r.error(line_of_node(node), "'" + key + "' must be a table of languages: [" + key +
                                    "] en = { one = \"...\", other = \"...\" }");
    return;
  }
  model::Unit unit{name, {}, {r.origin().file, line_of_node(node)}};
  for (auto&& [language, forms] : *per_language) {
    const std::string code(language.str());
    if (!is_content_language(code, meta.languages)) {
      r.error(line_of_node(forms), not_a_language(key + "." + code, code));
      continue;
    }
    unit.forms[code] = r.plural_forms(forms, key + "." + code, code);
  }
  if (!meta.default_language.empty() && per_language->get(meta.default_language) == nullptr) {
    r.error(line_of_node(node),
            "'" + key + "' has no forms in '" + meta.default_language + "', the default language");
  }
  meta.units[name] = std::move(unit);
}

}  // namespace

void read_entity_grammar(TableReader& r, model::Entity& e,
                         const std::vector<std::string>& languages) {
  read_gender(r, e, languages);
  read_forms(r, e, languages);
}

void read_units(TableReader& r, model::Meta& meta) {
  const toml::node* node = r.raw("unit");
  if (node == nullptr) return;
  const toml::table* units = node->as_table();
  if (units == nullptr) {
    r.error(line_of_node(*node), "'unit' must be written as [unit.NAME] tables");
    return;
  }
  for (auto&& [name, value] : *units) read_unit(r, std::string(name.str()), value, meta);
}

void check_relation_templates(TableReader& r, const model::Relation& relation) {
  using enum SlotKind;
  const SlotKinds slots{
      {"subject", Entity},
      {"qualifier", Entity},
      {"object", relation.value == model::ValueKind::Entity ? Entity : Text},
      {"value", Text},
  };
  for (const auto& [key, text] : {std::pair{"statement", &relation.statement},
                                  std::pair{"ask_subject", &relation.ask_subject},
                                  std::pair{"ask_value", &relation.ask_value}}) {
    const toml::node* node = r.raw(key);
    const bool per_language = node != nullptr && node->is_table();
    for (const auto& [language, pattern] : *text) {
      const std::string name = per_language ? std::string(key) + "." + language : key;
      for (const std::string& problem : template_problems(pattern, slots)) {
        r.error(r.line_of(key, language), "'" + name + "': " + problem);
      }
    }
  }
}

}  // namespace kiosk::authoring
