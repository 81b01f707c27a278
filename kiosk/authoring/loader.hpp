// Reading the content source directory (kiosk.toml, sources.toml, ...) into the model.
#pragma once

#include <string>

#include "authoring/diagnostics.hpp"
#include "core/model.hpp"

namespace kiosk::authoring {

// Reads every file of the content source in `dir`. Problems of form (syntax, types, missing
// or unknown keys) are reported to `out` with file and line; what could be read is returned.
model::Content load_content(const std::string& dir, Diagnostics& out);

}  // namespace kiosk::authoring
