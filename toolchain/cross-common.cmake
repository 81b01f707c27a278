# What both ARM toolchain files share. Debian puts a foreign architecture's -dev files under
# /usr/lib/TRIPLET (not /usr/TRIPLET), so / is a find root too, and pkg-config reads only the
# target's .pc files. libunibreak, not multiarch in Debian 12, comes from /opt/kiosk-cross.
set(CMAKE_C_COMPILER ${KIOSK_TRIPLET}-gcc)
set(CMAKE_CXX_COMPILER ${KIOSK_TRIPLET}-g++)
set(CMAKE_LIBRARY_ARCHITECTURE ${KIOSK_TRIPLET})
set(KIOSK_CROSS_ROOT /opt/kiosk-cross/${KIOSK_DEB_ARCH})

set(CMAKE_FIND_ROOT_PATH /usr/${KIOSK_TRIPLET} / ${KIOSK_CROSS_ROOT})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

set(ENV{PKG_CONFIG_LIBDIR} "${KIOSK_CROSS_ROOT}/usr/lib/pkgconfig:/usr/lib/${KIOSK_TRIPLET}/pkgconfig:/usr/share/pkgconfig")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")

# ctest (and doctest's test discovery, and the build's own use of kiosk-db) run ARM binaries
# through qemu-user. No -L: the loader must be the multiarch libc6:ARCH's (/lib/ld-linux-*),
# matching the libc.so.6 it loads. The cross toolchain's own loader under /usr/TRIPLET is a
# different Debian revision of glibc, and mixing the two hangs the first pthread_create.
set(CMAKE_CROSSCOMPILING_EMULATOR ${KIOSK_QEMU} -E LD_LIBRARY_PATH=${KIOSK_CROSS_ROOT}/usr/lib)
