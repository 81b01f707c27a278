// The kiosk itself, headless, on every kind of broken content file: a clear reason, the calm
// unavailable screen, no crash.
#include <doctest/doctest.h>

#include <sstream>

#include "app/kiosk_main.hpp"
#include "broken_corpus.hpp"

using namespace kiosk;

TEST_CASE("the kiosk refuses each broken file with its reason and shows the unavailable screen") {
  test::TempDir dir;
  test::write_text(dir.file("script"), "wait 100\n");
  int files = 0;
  for (const test::BrokenCase& c : test::named_broken_corpus(dir)) {
    CAPTURE(c.name);
    std::vector<std::string> args{"kiosk", "--headless", "--fast", "--trace", "--db", c.path,
                                  "--state-dir", dir.file("state"), "--script", dir.file("script")};
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    std::ostringstream out;
    std::ostringstream err;
    CHECK(app::kiosk_main(static_cast<int>(argv.size()), argv.data(), out, err) == 0);
    CHECK(out.str().starts_with("content rejected "));
    CHECK(out.str().find(c.reason) != std::string::npos);
    CHECK(out.str().find("screen unavailable") != std::string::npos);
    CHECK(err.str().find("content unavailable: ") != std::string::npos);
    ++files;
  }
  MESSAGE(files << " broken files shown to the kiosk");
}
