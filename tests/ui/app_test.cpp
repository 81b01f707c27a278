// run_app's promise: whatever goes wrong below it, it returns an exit code and never throws.
#include "ui/app.hpp"

#include <doctest/doctest.h>

#include <stdexcept>

#include "ui/ui_support.hpp"

using namespace kiosk;

namespace {

// A provider that breaks its own contract ("never throws"), as a bug might.
class ThrowingContent final : public ContentProvider {
 public:
  ContentLoad load() override { throw std::runtime_error("the provider broke"); }
};

}  // namespace

TEST_CASE("run_app never throws: an unexpected error ends it as Aborted, with the reason") {
  ThrowingContent content;
  test::AppRun run;
  CHECK_NOTHROW(run = test::run_script("wait 100\n", content));
  CHECK(run.exit == ui::AppExit::Aborted);
  CHECK(run.err.find("stopped by an unexpected error: the provider broke") != std::string::npos);
}
