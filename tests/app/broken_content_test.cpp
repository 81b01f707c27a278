// The kiosk itself, headless, on every kind of broken content file: a clear reason, the calm
// unavailable screen, no crash.
#include <doctest/doctest.h>

#include <sstream>

#include "app/app_support.hpp"
#include "broken_corpus.hpp"

using namespace kiosk;

TEST_CASE("the kiosk refuses each broken file with its reason and shows the unavailable screen") {
  test::TempDir dir;
  test::write_text(dir.file("script"), "wait 100\n");
  int files = 0;
  for (const test::BrokenCase& c : test::named_broken_corpus(dir)) {
    CAPTURE(c.name);
    const test::AppRun run =
        test::run_kiosk_main({"--headless", "--fast", "--trace", "--db", c.path, "--state-dir",
                              dir.file("state"), "--script", dir.file("script")});
    CHECK(run.exit == ui::AppExit::Ok);
    REQUIRE_FALSE(run.trace.empty());
    CHECK(run.trace.front().starts_with("content rejected "));
    CHECK(run.trace.front().find(c.reason) != std::string::npos);
    CHECK(run.traced("screen unavailable"));
    CHECK(run.err.find("content unavailable: ") != std::string::npos);
    ++files;
  }
  MESSAGE(files << " broken files shown to the kiosk");
}
