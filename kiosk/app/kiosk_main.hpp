// The kiosk executable's whole behaviour: options, content, front end.
#pragma once

#include <iosfwd>

namespace kiosk::app {

// Parses the command line and runs the kiosk. Returns the process exit code.
int kiosk_main(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace kiosk::app
