// XXH3 64 (the xxHash library): the checksum of a content file's bytes and of its content,
// fast enough to run over a 7 MB file with speech before the kiosk's first frame.
#pragma once

#include <memory>
#include <span>
#include <string>

struct XXH3_state_s;  // xxhash.h's, kept out of this header

namespace kiosk::store {

class Xxh3Hash {
 public:
  // Throws std::bad_alloc when xxHash cannot allocate its state.
  Xxh3Hash();
  // Adds `bytes` to the checksum (call as many times as there are pieces).
  void add(std::span<const unsigned char> bytes);
  void add(std::span<const char> bytes);
  // 16 lowercase hex digits.
  std::string hex() const;

 private:
  struct Free {
    void operator()(XXH3_state_s* state) const;
  };
  std::unique_ptr<XXH3_state_s, Free> state_;
};

}  // namespace kiosk::store
