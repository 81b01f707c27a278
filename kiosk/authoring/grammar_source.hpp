// Reading the grammar the content source gives: entities' gender and case forms, units with
// their plural forms (kiosk.toml [unit.NAME]), and the placeholders of relation templates.
#pragma once

#include <string>
#include <vector>

#include "authoring/toml_reader.hpp"
#include "core/model.hpp"

namespace kiosk::authoring {

// Reads the entity's `gender` ("m", or per language: gender.ru = "n") and `forms`
// (forms.ru = { gen = "...", dat = "...", acc = "...", ins = "...", loc = "..." }) into `e`,
// reporting a gender or a case that is not one, and a language not in `languages`.
void read_entity_grammar(TableReader& r, model::Entity& e,
                         const std::vector<std::string>& languages);

// Reads kiosk.toml's [unit.NAME] tables (language -> plural forms) into meta.units; meta's
// languages and default language must be read already. Each unit gives the default language.
void read_units(TableReader& r, model::Meta& meta);

// Reports every mistake in the relation's templates at the line of the template: an unknown
// placeholder or case, a case or an agreement on {value} (or on {object} when the value is a
// date or a number), an agreement without its forms.
void check_relation_templates(TableReader& r, const model::Relation& relation);

}  // namespace kiosk::authoring
