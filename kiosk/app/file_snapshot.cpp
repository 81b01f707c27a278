// Stable copies of files with a checksum.
#include "app/file_snapshot.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <span>

#include "store/fast_hash.hpp"
#include "sys/unique_fd.hpp"

namespace kiosk::app {

std::optional<FileIdentity> identify(const std::string& path) {
  struct stat s {};
  if (::stat(path.c_str(), &s) != 0 || !S_ISREG(s.st_mode)) return std::nullopt;
  return FileIdentity{
      static_cast<std::uint64_t>(s.st_dev), static_cast<std::uint64_t>(s.st_ino),
      static_cast<std::int64_t>(s.st_size),
      static_cast<std::int64_t>(s.st_mtim.tv_sec) * 1'000'000'000 + s.st_mtim.tv_nsec};
}

SnapshotResult take_snapshot(const std::string& source, const std::string& target,
                             Snapshot& snapshot, std::string& error) {
  const std::optional<FileIdentity> before = identify(source);
  if (!before) return SnapshotResult::Missing;
  const sys::UniqueFd in(::open(source.c_str(), O_RDONLY | O_CLOEXEC));
  if (!in)
    return errno == ENOENT ? SnapshotResult::Missing
                           : (error = std::strerror(errno), SnapshotResult::Failed);
  const sys::UniqueFd out(::open(target.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
  if (!out) {
    error = "cannot write '" + target + "': " + std::strerror(errno);
    return SnapshotResult::Failed;
  }
  std::array<unsigned char, 64 * 1024> buffer{};
  store::Xxh3Hash hash;
  for (;;) {
    const ssize_t n = ::read(in.get(), buffer.data(), buffer.size());
    if (n < 0) {
      error = std::string("cannot read '") + source + "': " + std::strerror(errno);
      return SnapshotResult::Failed;
    }
    if (n == 0) break;
    hash.add(std::span(buffer.data(), static_cast<std::size_t>(n)));
    if (::write(out.get(), buffer.data(), static_cast<std::size_t>(n)) != n) {
      error = "cannot write '" + target + "': " + std::strerror(errno);
      return SnapshotResult::Failed;
    }
  }
  if (identify(source) != before) return SnapshotResult::ChangedWhileCopying;
  snapshot = {target, hash.hex()};
  return SnapshotResult::Taken;
}

}  // namespace kiosk::app
