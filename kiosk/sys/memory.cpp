// The allocator's settings for the kiosk process.
#include "sys/memory.hpp"

#include <malloc.h>

namespace kiosk::sys {

bool use_one_heap() { return mallopt(M_ARENA_MAX, 1) == 1; }

}  // namespace kiosk::sys
