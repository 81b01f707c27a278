// One heap for every thread: checked in a child process forked by a test process in which no
// thread ran before (ctest runs each test case in a process of its own), with glibc's
// defaults (no MALLOC_ARENA_MAX or GLIBC_TUNABLES in the environment).
#include "sys/memory.hpp"

#include <doctest/doctest.h>
#include <malloc.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

// Not under the sanitizers: they bring their own allocator, which neither mallopt nor
// malloc_info reaches.
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)

namespace kiosk {
namespace {

// glibc's own account of its heaps: malloc_info writes one <heap nr="N"> per arena.
int heaps_in_use() {
  char* text = nullptr;
  std::size_t size = 0;
  FILE* out = open_memstream(&text, &size);
  if (out == nullptr) return -1;
  malloc_info(0, out);
  std::fclose(out);
  int heaps = 0;
  for (std::string_view rest(text, size); rest.find("<heap nr=") != std::string_view::npos;) {
    rest.remove_prefix(rest.find("<heap nr=") + 1);
    ++heaps;
  }
  std::free(text);
  return heaps;
}

enum class HeapSetting { Default, OneHeap };

// In a child process: makes the setting, lets a new thread allocate and keep its memory, and
// exits with the number of heaps malloc then reports.
int heaps_after_a_thread_allocates(HeapSetting setting) {
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    if (setting == HeapSetting::OneHeap && !sys::use_one_heap()) _exit(100);
    void* kept = nullptr;
    std::thread([&kept] { kept = std::malloc(64 * 1024); }).join();
    const int heaps = heaps_in_use();
    std::free(kept);
    _exit(heaps);
  }
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);
  REQUIRE(WIFEXITED(status));
  return WEXITSTATUS(status);
}

}  // namespace

TEST_CASE("a thread allocates from the one main heap") {
  // Without the setting the thread gets a heap of its own: the test can tell them apart.
  CHECK(heaps_after_a_thread_allocates(HeapSetting::Default) == 2);
  CHECK(heaps_after_a_thread_allocates(HeapSetting::OneHeap) == 1);
}
}  // namespace kiosk

#endif
