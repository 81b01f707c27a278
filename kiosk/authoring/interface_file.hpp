// Reading interface.toml: the kiosk's own words in each language ([kiosk.LANG], the keys of
// kiosk/core/ui_text.cpp) and the builder's phrases ([phrases.LANG], authoring/phrases.hpp).
#pragma once

#include <string>

#include <toml++/toml.h>

#include "authoring/diagnostics.hpp"
#include "core/model.hpp"

namespace kiosk::authoring {

// Reads `root`, parsed from `path`, into content.interface; content.meta must be read already.
// Reported with their line: a language not in kiosk.toml's languages, a key of no kiosk text
// or phrase, a plural text without its forms (or a plain one with them), placeholders other
// than the English's, a phrase's template mistakes, a phrase missing from [phrases.en] or from
// the default language's.
void read_interface(const toml::table& root, const std::string& path, model::Content& content,
                    Diagnostics& out);

}  // namespace kiosk::authoring
