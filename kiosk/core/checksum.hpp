// FNV-1a 64, a byte at a time: the review fingerprints, speech clip names, and the content
// checksum of files built before XXH3 (store/fast_hash.hpp). Not cryptographic.
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace kiosk {

class Fnv1a64 {
 public:
  // Adds `bytes` to the checksum (call as many times as there are pieces).
  void add(std::span<const unsigned char> bytes) {
    for (const unsigned char b : bytes) hash_ = (hash_ ^ b) * kPrime;
  }
  void add(std::span<const char> bytes) {
    for (const char c : bytes) hash_ = (hash_ ^ static_cast<unsigned char>(c)) * kPrime;
  }
  std::uint64_t value() const { return hash_; }
  // 16 lowercase hex digits.
  std::string hex() const {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string text(16, '0');
    for (int i = 15; i >= 0; --i)
      text[static_cast<std::size_t>(15 - i)] = kDigits[(hash_ >> (4 * i)) & 0xf];
    return text;
  }

 private:
  static constexpr std::uint64_t kOffset = 14695981039346656037ULL;
  static constexpr std::uint64_t kPrime = 1099511628211ULL;
  std::uint64_t hash_ = kOffset;
};

}  // namespace kiosk
