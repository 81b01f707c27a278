// From content source to a checked model with generated questions, ready to write.
#pragma once

#include <string>

#include "authoring/diagnostics.hpp"
#include "core/model.hpp"

namespace kiosk::authoring {

struct BuildOptions {
  std::string source_dir;     // holds kiosk.toml, sources.toml, ...
  std::string documents_dir;  // when set, every piece of evidence is checked against it
  std::string build_time;     // ISO 8601 UTC; "" = now (or SOURCE_DATE_EPOCH when set)
};

struct BuildResult {
  model::Content content;
  Diagnostics diagnostics;
  [[nodiscard]] bool ok() const { return !diagnostics.has_errors(); }
};

// Loads, validates, derives provenance, checks evidence, generates questions, and measures
// every text the database will hold against its limits (core/content_limits.hpp), so that a
// result without errors writes a database that passes the kiosk's check. When the result has
// errors, nothing may be written.
BuildResult build_content(const BuildOptions& options);

// The current time (or SOURCE_DATE_EPOCH, for reproducible builds) as ISO 8601 UTC.
std::string build_timestamp();

}  // namespace kiosk::authoring
