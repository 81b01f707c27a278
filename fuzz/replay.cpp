// Replays fuzz inputs (the seed corpus and every crash found, kept as regression cases)
// through the fuzz targets, in an ordinary build: usage `fuzz_replay check|source FILE...`.
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz/targets.hpp"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: fuzz_replay check|source FILE...\n";
    return 2;
  }
  const std::string target = argv[1];
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)),
                                  std::istreambuf_iterator<char>());
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
    if (target == "check") kiosk::fuzz::check_database_bytes(data, bytes.size());
    else kiosk::fuzz::build_content_source(data, bytes.size());
    std::cout << "replayed " << argv[i] << '\n';
  }
  return 0;
}
