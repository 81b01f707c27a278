// libFuzzer entry: content databases.
#include "fuzz/targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return kiosk::fuzz::check_database_bytes(data, size);
}
