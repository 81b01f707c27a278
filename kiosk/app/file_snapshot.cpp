// Stable copies of files with a checksum.
#include "app/file_snapshot.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace kiosk::app {
namespace {

constexpr std::uint64_t kFnvOffset = 1469598103934665603ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

std::string hex(std::uint64_t value) {
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
  return text;
}

struct Fd {
  int fd = -1;
  explicit Fd(int f) : fd(f) {}
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
};

}  // namespace

std::optional<FileIdentity> identify(const std::string& path) {
  struct stat s {};
  if (::stat(path.c_str(), &s) != 0 || !S_ISREG(s.st_mode)) return std::nullopt;
  return FileIdentity{static_cast<std::uint64_t>(s.st_dev), static_cast<std::uint64_t>(s.st_ino),
                      static_cast<std::int64_t>(s.st_size),
                      static_cast<std::int64_t>(s.st_mtim.tv_sec) * 1'000'000'000 + s.st_mtim.tv_nsec};
}

SnapshotResult take_snapshot(const std::string& source, const std::string& target,
                             Snapshot& snapshot, std::string& error) {
  const std::optional<FileIdentity> before = identify(source);
  if (!before) return SnapshotResult::Missing;
  Fd in(::open(source.c_str(), O_RDONLY | O_CLOEXEC));
  if (in.fd < 0) return errno == ENOENT ? SnapshotResult::Missing : (error = std::strerror(errno), SnapshotResult::Failed);
  Fd out(::open(target.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
  if (out.fd < 0) {
    error = "cannot write '" + target + "': " + std::strerror(errno);
    return SnapshotResult::Failed;
  }
  std::array<unsigned char, 64 * 1024> buffer{};
  std::uint64_t hash = kFnvOffset;
  for (;;) {
    const ssize_t n = ::read(in.fd, buffer.data(), buffer.size());
    if (n < 0) {
      error = std::string("cannot read '") + source + "': " + std::strerror(errno);
      return SnapshotResult::Failed;
    }
    if (n == 0) break;
    for (ssize_t i = 0; i < n; ++i) hash = (hash ^ buffer[static_cast<std::size_t>(i)]) * kFnvPrime;
    if (::write(out.fd, buffer.data(), static_cast<std::size_t>(n)) != n) {
      error = "cannot write '" + target + "': " + std::strerror(errno);
      return SnapshotResult::Failed;
    }
  }
  if (identify(source) != before) return SnapshotResult::ChangedWhileCopying;
  snapshot = {target, hex(hash)};
  return SnapshotResult::Taken;
}

std::string file_checksum(const std::string& path) {
  Fd in(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (in.fd < 0) return {};
  std::array<unsigned char, 64 * 1024> buffer{};
  std::uint64_t hash = kFnvOffset;
  for (ssize_t n; (n = ::read(in.fd, buffer.data(), buffer.size())) > 0;) {
    for (ssize_t i = 0; i < n; ++i) hash = (hash ^ buffer[static_cast<std::size_t>(i)]) * kFnvPrime;
  }
  return hex(hash);
}

}  // namespace kiosk::app
