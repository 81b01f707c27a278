# Cross-compiling for Raspberry Pi OS 64-bit (arm64) with Debian's aarch64-linux-gnu
# toolchain and multiarch -dev packages (toolchain/setup-cross.sh arm64 installs them).
# Tests run under qemu-aarch64.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(KIOSK_TRIPLET aarch64-linux-gnu)
set(KIOSK_DEB_ARCH arm64)
set(KIOSK_QEMU qemu-aarch64)
include(${CMAKE_CURRENT_LIST_DIR}/cross-common.cmake)
