// kiosk: the briefing and quiz kiosk's entry point; everything else lives in kiosk_app.
#include <iostream>

#include "app/kiosk_main.hpp"
#include "sys/memory.hpp"

int main(int argc, char** argv) {
  kiosk::sys::use_one_heap();  // before any thread starts; a refusal only costs memory
  return kiosk::app::kiosk_main(argc, argv, std::cout, std::cerr);
}
