// The lines of a source document that hold a piece of evidence, quoted for a reviewer.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "authoring/extract/document.hpp"
#include "core/model.hpp"

namespace kiosk::authoring {

// The documents of a content source, read from one directory as they are first asked for.
class DocumentShelf {
 public:
  // `dir` holds the documents the sources name; "" when none are at hand.
  explicit DocumentShelf(std::string dir);

  // The sentence (or run of sentences) of `source`'s document that holds `words`, as the
  // document writes it; "" when the document is not at hand or does not hold them.
  std::string evidence_line(const model::Source& source, const std::string& words);

 private:
  const extract::Document* document(const model::Source& source);

  std::string dir_;
  std::map<std::string, std::unique_ptr<extract::Document>> documents_;  // null: unreadable
};

// The shortest run of `document`'s sentences (at most a few) that holds `words` the way the
// build's evidence check matches them; "" when none does.
std::string sentences_holding(const extract::Document& document, const std::string& words);

}  // namespace kiosk::authoring
