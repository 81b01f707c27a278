// kiosk-db synth: a valid content database of any size, for measuring and for tests.
#pragma once

#include <iosfwd>
#include <string>

#include "core/model.hpp"
#include "tool/commands.hpp"

namespace kiosk::tool {

struct SynthCommand {
  int questions = 1000;
  int cards = 100;
  std::string version = "synthetic-1";
  std::string output;      // a database, or
  std::string source_dir;  // a content source (TOML) that builds to about as many questions
};

// Writes a content source to `command.source_dir` (for timing kiosk-db build on large content).
Exit synth_source(const SynthCommand& command, std::ostream& out, std::ostream& err);

// Synthetic content: `questions` questions of every kind (four answers each), `cards` cards
// with a few paragraphs, facts to highlight, all citing one synthetic source. Valid as the
// kiosk checks it, so the kiosk shows it like any other content.
model::Content synthetic_content(const SynthCommand& command);

Exit synth(const SynthCommand& command, std::ostream& out, std::ostream& err);

}  // namespace kiosk::tool
