// Checking that the content source holds together: ids, references, kinds, languages.
#pragma once

#include "authoring/diagnostics.hpp"
#include "core/model.hpp"

namespace kiosk::authoring {

// Reports every broken reference, duplicate id, mismatched kind, ambiguous name and missing
// translation in `content`, with the file and line where it was written.
void validate(const model::Content& content, Diagnostics& out);

}  // namespace kiosk::authoring
