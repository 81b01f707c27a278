// kiosk-db extract: candidate facts from documents, as a TOML draft or as JSON.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "authoring/extract/candidate.hpp"
#include "tool/commands.hpp"

namespace kiosk::tool {

enum class ExtractFormat { Draft, Json };

// Reads each document and prints its candidates. Problem when a document cannot be read or
// is not UTF-8 (nothing is printed for it; the others still are).
Exit extract(const std::vector<std::string>& documents, ExtractFormat format, std::ostream& out,
             std::ostream& err);

// The candidates as a draft in the content source's format, ready to edit and merge.
std::string draft_toml(const std::vector<extract::Candidate>& candidates);

}  // namespace kiosk::tool
