// The kiosk-db commands, callable from tests as well as from the kiosk-db executable.
#pragma once

#include <iosfwd>
#include <string>

#include "authoring/review.hpp"
#include "tool/speech_build.hpp"

namespace kiosk::tool {

enum class Exit { Ok = 0, Problem = 1, Usage = 2 };

struct BuildCommand {
  std::string source_dir;
  std::string output;
  std::string documents_dir;  // optional: check evidence against these documents
  std::string fonts_dir;      // the kiosk's fonts; "" = where the kiosk finds them
  bool quiet = false;         // no notes, only errors
  // Marked: rejected questions are left out; Required (--require-approval): every question
  // not approved as it is worded now is left out too.
  authoring::Approval approval = authoring::Approval::Marked;
  SpeechOptions speech;  // --no-speech, --speech-cache DIR, --espeak PROGRAM
};

// kiosk-db build SRC_DIR -o FILE [--documents DIR] [--fonts DIR] [--require-approval]: reports
// every problem as FILE:LINE (a character the kiosk's fonts cannot draw among them) and writes
// nothing unless there is none; lists the questions left out by the curator's verdicts (unless
// quiet) and says how many. Fonts that cannot be found or read are a Problem, named. Speech is
// rendered for every spoken text (tool/speech_build.hpp) unless espeak-ng is missing, which is
// said once.
Exit build(const BuildCommand& command, std::ostream& out, std::ostream& err);

// kiosk-db check FILE: the kiosk's own validation. Ok when usable, Problem with the reason.
Exit check(const std::string& file, std::ostream& out, std::ostream& err);

// kiosk-db export FILE --json: the whole content as JSON on `out`.
Exit export_json(const std::string& file, const std::string& language, std::ostream& out,
                 std::ostream& err);

// kiosk-db install NEW LIVE: checks NEW as the kiosk would, then replaces LIVE with it safely:
// a copy beside LIVE, synced, renamed over LIVE, directory synced. LIVE is untouched on failure.
Exit install(const std::string& new_file, const std::string& live, std::ostream& out,
             std::ostream& err);

// Parses `argv` and runs the chosen command.
int main(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace kiosk::tool
