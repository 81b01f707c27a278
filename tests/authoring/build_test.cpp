// The content build's timestamp: reproducible from SOURCE_DATE_EPOCH, and right after 2038.
#include "authoring/build.hpp"

#include <doctest/doctest.h>

#include <string>

#include "support/support.hpp"

using namespace kiosk;
using namespace kiosk::authoring;

TEST_CASE("the build time comes from SOURCE_DATE_EPOCH, so two builds of one source are the same") {
  const kiosk::test::ScopedEnv epoch("SOURCE_DATE_EPOCH", "86401");
  CHECK(build_timestamp() == "1970-01-02T00:00:01Z");
}

TEST_CASE("a build time after January 2038 is written as it is, on 32-bit boards too") {
  // 2^31 seconds after 1970 is 2038-01-19T03:14:08Z: a 32-bit time_t wraps to 1901 there.
  const kiosk::test::ScopedEnv epoch("SOURCE_DATE_EPOCH", "2214129600");
  CHECK(build_timestamp() == "2040-02-29T12:00:00Z");
}

TEST_CASE("without SOURCE_DATE_EPOCH the build time is now, in UTC") {
  const kiosk::test::ScopedEnv epoch("SOURCE_DATE_EPOCH", "");
  const std::string stamp = build_timestamp();
  REQUIRE(stamp.size() == 20);
  CHECK(stamp.substr(0, 2) == "20");
  CHECK(stamp[10] == 'T');
  CHECK(stamp.back() == 'Z');
}
