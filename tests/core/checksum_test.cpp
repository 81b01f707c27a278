// FNV-1a 64, checked against the published test vectors (so the panel's label is true).
#include "core/checksum.hpp"

#include <doctest/doctest.h>

#include <string_view>

using namespace kiosk;

namespace {

std::string fnv(std::string_view text) {
  Fnv1a64 hash;
  hash.add(std::span<const char>(text.data(), text.size()));
  return hash.hex();
}

}  // namespace

TEST_CASE("the checksum is FNV-1a 64 as published") {
  CHECK(fnv("") == "cbf29ce484222325");
  CHECK(fnv("a") == "af63dc4c8601ec8c");
  CHECK(fnv("foobar") == "85944171f73967e8");
}

TEST_CASE("a checksum taken in pieces is the checksum of the whole") {
  Fnv1a64 pieces;
  pieces.add(std::span<const char>("foo", 3));
  const unsigned char bar[] = {'b', 'a', 'r'};
  pieces.add(std::span<const unsigned char>(bar));
  CHECK(pieces.hex() == fnv("foobar"));
  CHECK(pieces.value() == 0x85944171f73967e8ULL);
}
