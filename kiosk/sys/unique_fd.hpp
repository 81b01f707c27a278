// Owned file descriptors and C streams: each is closed exactly once, when its owner goes.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

namespace kiosk::sys {

// Owns one file descriptor (or none, -1). Movable, not copyable; closes on destruction.
class UniqueFd {
 public:
  UniqueFd() = default;
  // Takes ownership of `fd` (a negative value, such as a failed open()'s -1: owns nothing).
  explicit UniqueFd(int fd) noexcept : fd_(fd < 0 ? -1 : fd) {}
  ~UniqueFd() { reset(); }
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;
  // The moved-from owner owns nothing afterwards.
  UniqueFd(UniqueFd&& other) noexcept : fd_(other.release()) {}
  UniqueFd& operator=(UniqueFd&& other) noexcept;

  // The descriptor, still owned; -1 when none.
  int get() const noexcept { return fd_; }
  // Whether a descriptor is owned.
  explicit operator bool() const noexcept { return fd_ >= 0; }
  // Gives the descriptor up without closing it: the caller closes it. Returns -1 when none.
  [[nodiscard]] int release() noexcept;
  // Closes the descriptor owned now (if any), then owns `fd`.
  void reset(int fd = -1) noexcept;

 private:
  int fd_ = -1;
};

// Closes a C stream.
struct FileCloser {
  void operator()(std::FILE* file) const noexcept;
};

// Owns one C stream; closes it on destruction.
using UniqueFile = std::unique_ptr<std::FILE, FileCloser>;

// std::fopen(path, mode) into an owner; null (errno set) when the file cannot be opened.
UniqueFile open_file(const std::string& path, const char* mode);

}  // namespace kiosk::sys
