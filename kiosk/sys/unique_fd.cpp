// Closing owned file descriptors and C streams.
#include "sys/unique_fd.hpp"

#include <unistd.h>

namespace kiosk::sys {

UniqueFd& UniqueFd::operator=(UniqueFd&& other) noexcept {
  if (this != &other) reset(other.release());
  return *this;
}

int UniqueFd::release() noexcept {
  const int fd = fd_;
  fd_ = -1;
  return fd;
}

void UniqueFd::reset(int fd) noexcept {
  // On Linux the descriptor is gone even when close() reports EINTR: never retry.
  if (fd_ >= 0) ::close(fd_);
  fd_ = fd < 0 ? -1 : fd;
}

void FileCloser::operator()(std::FILE* file) const noexcept {
  if (file != nullptr) std::fclose(file);
}

UniqueFile open_file(const std::string& path, const char* mode) {
  return UniqueFile(std::fopen(path.c_str(), mode));
}

}  // namespace kiosk::sys
