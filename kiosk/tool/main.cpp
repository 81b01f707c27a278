// kiosk-db: the content tool's entry point; everything else lives in kiosk_tool.
#include <iostream>

#include "tool/commands.hpp"

int main(int argc, char** argv) { return kiosk::tool::main(argc, argv, std::cout, std::cerr); }
