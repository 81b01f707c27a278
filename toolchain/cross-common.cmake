# What both ARM toolchain files share: Debian's cross compiler, the board's libraries and
# qemu-user to run the ARM binaries. The libraries come from a sysroot when
# toolchain/setup-cross.sh made one (/opt/kiosk-cross/ARCH/sysroot), else from the multiarch
# -dev:ARCH packages installed beside the host's.
set(CMAKE_C_COMPILER ${KIOSK_TRIPLET}-gcc)
set(CMAKE_CXX_COMPILER ${KIOSK_TRIPLET}-g++)
set(CMAKE_LIBRARY_ARCHITECTURE ${KIOSK_TRIPLET})
if(DEFINED ENV{KIOSK_CROSS_PREFIX})
  set(KIOSK_CROSS_ROOT $ENV{KIOSK_CROSS_PREFIX}/${KIOSK_DEB_ARCH})
else()
  set(KIOSK_CROSS_ROOT /opt/kiosk-cross/${KIOSK_DEB_ARCH})
endif()

set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

if(EXISTS ${KIOSK_CROSS_ROOT}/sysroot/usr/lib/${KIOSK_TRIPLET}/libc.so)
  set(kiosk_libraries_from sysroot)
else()
  set(kiosk_libraries_from multiarch)
endif()
# A build folder configured one way has the other way's library paths in its cache.
if(DEFINED CACHE{KIOSK_CROSS_LIBRARIES_FROM} AND NOT KIOSK_CROSS_LIBRARIES_FROM STREQUAL kiosk_libraries_from)
  message(FATAL_ERROR "The board's libraries now come from the ${kiosk_libraries_from}, but this "
          "build folder was configured for the ${KIOSK_CROSS_LIBRARIES_FROM}: delete it "
          "(${CMAKE_BINARY_DIR}) and configure again.")
endif()
set(KIOSK_CROSS_LIBRARIES_FROM ${kiosk_libraries_from} CACHE INTERNAL "sysroot or multiarch")

if(kiosk_libraries_from STREQUAL sysroot)
  set(CMAKE_SYSROOT ${KIOSK_CROSS_ROOT}/sysroot)
  set(ENV{PKG_CONFIG_SYSROOT_DIR} "${CMAKE_SYSROOT}")
  set(ENV{PKG_CONFIG_LIBDIR} "${CMAKE_SYSROOT}/usr/lib/${KIOSK_TRIPLET}/pkgconfig:${CMAKE_SYSROOT}/usr/lib/pkgconfig:${CMAKE_SYSROOT}/usr/share/pkgconfig")
  # The sysroot holds one consistent libc with its own loader: qemu finds both through -L.
  set(CMAKE_CROSSCOMPILING_EMULATOR ${KIOSK_QEMU} -L ${CMAKE_SYSROOT})
else()
  # Debian puts a foreign architecture's -dev files under /usr/lib/TRIPLET (not /usr/TRIPLET),
  # so / is a find root too, and pkg-config reads only the target's .pc files. libunibreak,
  # not multiarch in Debian 12, comes from /opt/kiosk-cross.
  set(CMAKE_FIND_ROOT_PATH /usr/${KIOSK_TRIPLET} / ${KIOSK_CROSS_ROOT})
  set(ENV{PKG_CONFIG_LIBDIR} "${KIOSK_CROSS_ROOT}/usr/lib/pkgconfig:/usr/lib/${KIOSK_TRIPLET}/pkgconfig:/usr/share/pkgconfig")
  set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
  # No -L: the loader must be the multiarch libc6:ARCH's (/lib/ld-linux-*), matching the
  # libc.so.6 it loads. The cross toolchain's own loader under /usr/TRIPLET is a different
  # Debian revision of glibc, and mixing the two hangs the first pthread_create.
  set(CMAKE_CROSSCOMPILING_EMULATOR ${KIOSK_QEMU} -E LD_LIBRARY_PATH=${KIOSK_CROSS_ROOT}/usr/lib)
endif()
