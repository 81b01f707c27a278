// XXH3 64 over pieces, through xxHash's streaming state.
#include "store/fast_hash.hpp"

#include <xxhash.h>

#include <cstdio>
#include <new>

namespace kiosk::store {

void Xxh3Hash::Free::operator()(XXH3_state_s* state) const { XXH3_freeState(state); }

Xxh3Hash::Xxh3Hash() : state_(XXH3_createState()) {
  if (!state_ || XXH3_64bits_reset(state_.get()) != XXH_OK) throw std::bad_alloc();
}

void Xxh3Hash::add(std::span<const unsigned char> bytes) {
  XXH3_64bits_update(state_.get(), bytes.data(), bytes.size());
}

void Xxh3Hash::add(std::span<const char> bytes) {
  XXH3_64bits_update(state_.get(), bytes.data(), bytes.size());
}

std::string Xxh3Hash::hex() const {
  char text[17];
  std::snprintf(text, sizeof text, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits_digest(state_.get())));
  return text;
}

}  // namespace kiosk::store
