// The content build's timestamp: reproducible from SOURCE_DATE_EPOCH, and right after 2038.
#include "authoring/build.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <optional>
#include <string>

using namespace kiosk::authoring;

namespace {

// Sets SOURCE_DATE_EPOCH for one scope, putting back what was there.
class SourceDateEpoch {
 public:
  explicit SourceDateEpoch(const char* value) {
    if (const char* old = std::getenv("SOURCE_DATE_EPOCH")) old_ = old;
    setenv("SOURCE_DATE_EPOCH", value, 1);
  }
  ~SourceDateEpoch() {
    if (old_) setenv("SOURCE_DATE_EPOCH", old_->c_str(), 1);
    else unsetenv("SOURCE_DATE_EPOCH");
  }
  SourceDateEpoch(const SourceDateEpoch&) = delete;
  SourceDateEpoch& operator=(const SourceDateEpoch&) = delete;

 private:
  std::optional<std::string> old_;
};

}  // namespace

TEST_CASE("the build time comes from SOURCE_DATE_EPOCH, so two builds of one source are the same") {
  const SourceDateEpoch epoch("86401");
  CHECK(build_timestamp() == "1970-01-02T00:00:01Z");
}

TEST_CASE("a build time after January 2038 is written as it is, on 32-bit boards too") {
  // 2^31 seconds after 1970 is 2038-01-19T03:14:08Z: a 32-bit time_t wraps to 1901 there.
  const SourceDateEpoch epoch("2214129600");
  CHECK(build_timestamp() == "2040-02-29T12:00:00Z");
}

TEST_CASE("without SOURCE_DATE_EPOCH the build time is now, in UTC") {
  const SourceDateEpoch epoch("");
  const std::string stamp = build_timestamp();
  REQUIRE(stamp.size() == 20);
  CHECK(stamp.substr(0, 2) == "20");
  CHECK(stamp[10] == 'T');
  CHECK(stamp.back() == 'Z');
}
