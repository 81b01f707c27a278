# The built binaries are for the target board: reads each ELF header's e_machine (bytes 18-19,
# little-endian) and compares it with what CMAKE_SYSTEM_PROCESSOR calls for.
# Usage: cmake -DPROCESSOR=aarch64 -DFILES="a;b" -P elf_machine_test.cmake
if(PROCESSOR MATCHES "^(aarch64|arm64)$")
  set(expected "b700")   # EM_AARCH64
elseif(PROCESSOR MATCHES "^arm")
  set(expected "2800")   # EM_ARM
elseif(PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$")
  set(expected "3e00")   # EM_X86_64
else()
  message(FATAL_ERROR "no expected ELF machine for processor '${PROCESSOR}'")
endif()
foreach(file IN LISTS FILES)
  file(READ "${file}" header LIMIT 20 HEX)
  string(SUBSTRING "${header}" 0 8 magic)
  if(NOT magic STREQUAL "7f454c46")
    message(FATAL_ERROR "${file} is not an ELF file")
  endif()
  string(SUBSTRING "${header}" 36 4 machine)
  if(NOT machine STREQUAL expected)
    message(FATAL_ERROR "${file}: e_machine ${machine}, expected ${expected} for ${PROCESSOR}")
  endif()
  message(STATUS "${file}: e_machine ${machine} (${PROCESSOR})")
endforeach()
