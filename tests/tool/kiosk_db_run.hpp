// Running kiosk-db in-process, as a curator would from the shell, for the tool's tests.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "tool/commands.hpp"

namespace kiosk::test {

struct Run {
  int code = 0;
  std::string out;
  std::string err;
};

// `kiosk-db ARGS...`: its exit code and what it printed.
inline Run kiosk_db(std::vector<std::string> args) {
  args.insert(args.begin(), "kiosk-db");
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  std::ostringstream out;
  std::ostringstream err;
  const int code = tool::main(static_cast<int>(argv.size()), argv.data(), out, err);
  return {code, out.str(), err.str()};
}

}  // namespace kiosk::test
