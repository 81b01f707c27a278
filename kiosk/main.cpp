// kiosk: the briefing and quiz kiosk's entry point; everything else lives in kiosk_app.
#include <iostream>

#include "app/kiosk_main.hpp"

int main(int argc, char** argv) { return kiosk::app::kiosk_main(argc, argv, std::cout, std::cerr); }
