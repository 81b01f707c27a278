# Compiler warnings for the project's own targets (never for imported ones).
add_library(kiosk_warnings INTERFACE)
target_compile_options(kiosk_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
  -Wformat=2 -Wimplicit-fallthrough
  # GCC on 32-bit ARM notes an ABI change of GCC 7.1 at every std::vector insert: nothing to act on.
  $<$<CXX_COMPILER_ID:GNU>:-Wno-psabi>)
# Not -Wnull-dereference: GCC 12 reports false positives inside libstdc++ inlined into
# CLI11 (a system header), which would make a clean build impossible.
