# Cross-compiling for Raspberry Pi OS 32-bit (armhf) with Debian's arm-linux-gnueabihf
# toolchain and multiarch -dev packages (toolchain/setup-cross.sh armhf installs them).
# Tests run under qemu-arm.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR arm)
set(KIOSK_TRIPLET arm-linux-gnueabihf)
set(KIOSK_DEB_ARCH armhf)
set(KIOSK_QEMU qemu-arm)
include(${CMAKE_CURRENT_LIST_DIR}/cross-common.cmake)
