// libFuzzer entry: the content source (facts.toml).
#include "fuzz/targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return kiosk::fuzz::build_content_source(data, size);
}
