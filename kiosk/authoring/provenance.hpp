// Where facts come from: independent sources, disagreements between sources, and whether the
// evidence really is in the documents.
#pragma once

#include <string>

#include "authoring/diagnostics.hpp"
#include "core/model.hpp"

namespace kiosk::authoring {

// Fills each fact's independent_sources (sources that retell another count with it, not
// separately), and marks facts and quotes on which sources disagree as disputed:
// - facts with the same subject, relation and qualifier and different values, for relations
//   whose cardinality is "one", whether or not a curator noticed;
// - quotes of one speaker that are worded differently by different sources;
// - the same words attributed to different speakers.
// Each disagreement found is reported as a note.
void derive_provenance(model::Content& content, Diagnostics& out);

// White space collapsed, typographic quotes and apostrophes made straight, so evidence copied
// from a document matches however it was typed.
std::string normalise_for_matching(const std::string& text);

// Whether `words` occur in `document` (already passed through normalise_for_matching) as the
// evidence check matches them: the parts between ellipses in order, spacing and quotes ignored.
bool evidence_occurs_in(const std::string& document, const std::string& words);

// Checks that every piece of evidence (and every direct quote's words) occurs in the document
// its source names, read from `documents_dir`. Reports what is missing, with file and line.
void check_evidence(const model::Content& content, const std::string& documents_dir,
                    Diagnostics& out);

}  // namespace kiosk::authoring
