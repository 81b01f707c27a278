// kiosk-db review: the curator's sign-off on questions (review.toml) and the printable sheet.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "tool/commands.hpp"

namespace kiosk::tool {

struct ReviewCommand {
  std::string source_dir;            // the content source; its review.toml is read and written
  std::string output;                // the HTML sheet to write, "" for none
  std::string documents_dir;         // where the evidence lines are quoted from, "" for nowhere
  std::vector<std::string> approve;  // question ids to approve as they are worded now
  std::vector<std::string> reject;   // question ids to reject...
  std::string reason;                // ...for this reason (required with reject)
  std::string by;                    // who gives the verdicts; "" for $USER
};

// kiosk-db review SRC_DIR [-o SHEET] [--documents DIR] [--approve ID...] [--reject ID...
// --reason TEXT] [--by NAME]: builds the questions as `build` does, records the verdicts given
// in SRC_DIR/review.toml (nothing is written if any id is unknown), writes the sheet when asked,
// and prints how many questions are in each state and every one not approved. Usage when a
// rejection has no reason; Problem when the source has errors or an id is unknown.
Exit review(const ReviewCommand& command, std::ostream& out, std::ostream& err);

}  // namespace kiosk::tool
