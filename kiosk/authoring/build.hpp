// From content source to a checked model with generated questions, ready to write.
#pragma once

#include <string>
#include <vector>

#include "authoring/diagnostics.hpp"
#include "authoring/review.hpp"
#include "authoring/showable_text.hpp"
#include "core/model.hpp"

namespace kiosk::authoring {

struct BuildOptions {
  std::string source_dir;                // holds kiosk.toml, sources.toml, ...
  std::string documents_dir;             // when set, every piece of evidence is checked against it
  std::string build_time;                // ISO 8601 UTC; "" = now (or SOURCE_DATE_EPOCH when set)
  Approval approval = Approval::Marked;  // how the verdicts in SRC_DIR/review.toml are used
  // The kiosk's fonts: a character they lack is refused. Null: only control characters are
  // (kiosk-db build always gives the fonts; tests of other things need not).
  const FontCoverage* fonts = nullptr;
};

struct BuildResult {
  model::Content content;
  Diagnostics diagnostics;
  ReviewBook reviews;             // the verdicts read from review.toml
  std::vector<LeftOut> left_out;  // questions the verdicts kept out of the build
  [[nodiscard]] bool ok() const { return !diagnostics.has_errors(); }
};

// Loads, validates, derives provenance, checks evidence, makes the derived texts (sentences,
// labels) in every language, generates and balances questions, then applies the curator's
// verdicts (SRC_DIR/review.toml) as options.approval says and balances what is left; last,
// measures every text the database will hold against its limits (core/content_limits.hpp), so
// that a result without errors writes a database that passes the kiosk's check, and against what
// the kiosk can draw (no control characters, no character options.fonts lack), and warns once
// per language of what it lacks (shown in the default language). When the result has errors,
// nothing may be written.
BuildResult build_content(const BuildOptions& options);

// The current time (or SOURCE_DATE_EPOCH, for reproducible builds) as ISO 8601 UTC.
std::string build_timestamp();

}  // namespace kiosk::authoring
