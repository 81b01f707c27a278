// Owned descriptors and streams: closed on destruction, moved without closing, released.
#include "sys/unique_fd.hpp"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <utility>

#include "support/support.hpp"

using namespace kiosk;

namespace {

// Whether `fd` names an open descriptor of this process.
bool is_open(int fd) { return ::fcntl(fd, F_GETFD) != -1 || errno != EBADF; }

int open_null() { return ::open("/dev/null", O_RDONLY | O_CLOEXEC); }

}  // namespace

TEST_CASE("a descriptor is closed when its owner goes") {
  int raw = -1;
  {
    const sys::UniqueFd fd(open_null());
    raw = fd.get();
    REQUIRE(raw >= 0);
    CHECK(fd);
    CHECK(is_open(raw));
  }
  CHECK_FALSE(is_open(raw));
}

TEST_CASE("an owner of nothing closes nothing") {
  const sys::UniqueFd empty;
  CHECK_FALSE(empty);
  CHECK(empty.get() == -1);
  const sys::UniqueFd failed(::open("/nonexistent/file", O_RDONLY));  // open()'s -1
  CHECK_FALSE(failed);
  CHECK(failed.get() == -1);
}

TEST_CASE("moving an owner hands the descriptor over without closing it") {
  sys::UniqueFd first(open_null());
  const int raw = first.get();
  REQUIRE(raw >= 0);
  sys::UniqueFd second(std::move(first));
  CHECK_FALSE(first);  // a moved-from owner owns nothing, by contract
  CHECK(second.get() == raw);
  CHECK(is_open(raw));

  sys::UniqueFd third(open_null());
  const int replaced = third.get();
  third = std::move(second);  // the descriptor third held is closed, raw moves in
  CHECK_FALSE(is_open(replaced));
  CHECK(third.get() == raw);
  CHECK(is_open(raw));
  third.reset();
  CHECK_FALSE(third);
  CHECK_FALSE(is_open(raw));
}

TEST_CASE("release gives the descriptor up without closing it") {
  sys::UniqueFd fd(open_null());
  const int raw = fd.get();
  REQUIRE(raw >= 0);
  CHECK(fd.release() == raw);
  CHECK_FALSE(fd);
  CHECK(fd.release() == -1);
  CHECK(is_open(raw));
  ::close(raw);
}

TEST_CASE("reset closes the descriptor owned and takes the new one") {
  sys::UniqueFd fd(open_null());
  const int first = fd.get();
  const int second = open_null();
  REQUIRE(second >= 0);
  fd.reset(second);
  CHECK_FALSE(is_open(first));
  CHECK(fd.get() == second);
  CHECK(is_open(second));
}

TEST_CASE("a C stream is closed when its owner goes, and a missing file gives none") {
  test::TempDir dir;
  int raw = -1;
  {
    const sys::UniqueFile file = sys::open_file(dir.file("f"), "w");
    REQUIRE(file);
    raw = ::fileno(file.get());
    CHECK(is_open(raw));
    CHECK(std::fputs("written", file.get()) >= 0);
  }
  CHECK_FALSE(is_open(raw));
  CHECK(test::read_text(dir.file("f")) == "written");  // flushed on close
  CHECK_FALSE(sys::open_file(dir.file("missing/f"), "r"));
}
