// How the C library's allocator is set up for a process that runs for months on a small board.
#pragma once

namespace kiosk::sys {

// Makes every thread allocate from the one main heap (glibc's M_ARENA_MAX = 1). Call first
// thing in main, before any thread starts. Returns false when the C library refused.
//
// Why: glibc gives each new thread its own heap ("arena"). The kiosk's threads (the content
// watcher's background check, SDL's audio thread) each kept some hundreds of KiB of pages
// that the main heap could not reuse: 0.6 to 0.9 MiB of the kiosk's peak memory while it
// speaks after a restart. The threads allocate rarely, so sharing one heap costs no speed.
bool use_one_heap();

}  // namespace kiosk::sys
