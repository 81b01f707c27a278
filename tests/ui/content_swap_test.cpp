// New content arriving while the whole front end runs a visit, on the simulated clock: the
// provider delivers when the trace shows a chosen line, so nothing waits for real.
#include <doctest/doctest.h>

#include <deque>
#include <functional>
#include <sstream>

#include "ui_support.hpp"

using namespace kiosk;

namespace {

// The answerable library, marked as content version `version`.
std::unique_ptr<ContentLibrary> library_version(const std::string& version) {
  return test::with_version(test::answerable_library(), version);
}

// A provider whose next load arrives when the trace shows `trigger`, as a watcher thread's
// would: queued, then the front end is woken.
class ArrivingContent final : public ContentProvider {
 public:
  ArrivingContent(std::string trigger, std::function<ContentLoad()> arrival)
      : trigger_(std::move(trigger)), arrival_(std::move(arrival)) {}
  ContentLoad load() override { return ContentLoad::loaded(library_version("v1")); }
  void watch(std::function<void()> wake) override { wake_ = std::move(wake); }
  std::optional<ContentLoad> poll() override {
    if (queue_.empty()) return std::nullopt;
    ContentLoad load = std::move(queue_.front());
    queue_.pop_front();
    return load;
  }
  // Called with every trace line.
  void traced(const std::string& line) {
    if (line != trigger_ || delivered_) return;
    delivered_ = true;
    queue_.push_back(arrival_());
    if (wake_) wake_();
  }

 private:
  std::string trigger_;
  std::function<ContentLoad()> arrival_;
  std::function<void()> wake_;
  std::deque<ContentLoad> queue_;
  bool delivered_ = false;
};

// An output stream that hands each whole line to `ArrivingContent::traced` as it is written.
class LineTap final : public std::stringbuf {
 public:
  explicit LineTap(ArrivingContent& content) : content_(content) {}
  std::vector<std::string> lines;

 protected:
  int sync() override {
    std::string text = str();
    for (std::size_t end; (end = text.find('\n')) != std::string::npos; text.erase(0, end + 1)) {
      lines.push_back(text.substr(0, end));
      content_.traced(lines.back());
    }
    str(text);
    return 0;
  }

 private:
  ArrivingContent& content_;
};

struct Run {
  std::vector<std::string> trace;
  std::string err;
  ui::AppExit exit = ui::AppExit::Ok;

  std::ptrdiff_t index_of(const std::string& line) const {
    const auto it = std::find(trace.begin(), trace.end(), line);
    return it == trace.end() ? -1 : it - trace.begin();
  }
};

Run run(const std::string& script, ArrivingContent& content) {
  test::TempDir dir;
  test::write_text(dir.file("visit.script"), script);
  ui::AppOptions options = test::headless_options();
  options.script_path = dir.file("visit.script");
  LineTap tap(content);
  std::ostream out(&tap);
  std::ostringstream err;
  Run r;
  r.exit = ui::run_app(options, content, out, err);
  out.flush();
  r.trace = tap.lines;
  r.err = err.str();
  return r;
}

}  // namespace

TEST_CASE("new content arriving mid-round goes live only when the visitor is back home") {
  ArrivingContent content("screen question",
                          [] { return ContentLoad::loaded(library_version("v2")); });
  const Run r =
      run("press Touch to begin\npress Quiz\npress The right one\npress Next question \u203A\n"
          "press The right one\nkey Escape\n",
          content);
  REQUIRE(r.exit == ui::AppExit::Ok);
  const auto loaded = r.index_of("content loaded v2");
  REQUIRE(loaded > 0);
  const auto question = r.index_of("screen question");
  CHECK(question < loaded);
  // The round's two questions and their feedback all came before the switch, on v1.
  CHECK(std::count(r.trace.begin(), r.trace.begin() + loaded, std::string("screen feedback")) == 2);
  CHECK(r.trace[loaded - 1] == "screen home");
  CHECK(r.trace.back() == "screen attract");  // a fresh visit on the new content
}

TEST_CASE("new content arriving on the home screen goes live at once") {
  ArrivingContent content("screen home", [] { return ContentLoad::loaded(library_version("v2")); });
  const Run r = run("press Touch to begin\nwait 1000\n", content);
  REQUIRE(r.exit == ui::AppExit::Ok);
  const auto loaded = r.index_of("content loaded v2");
  REQUIRE(loaded > 0);
  CHECK(r.trace[loaded - 1] == "screen home");
  CHECK(r.trace.back() == "screen attract");
}

TEST_CASE("a refused file during a question is logged and the visitor carries on undisturbed") {
  ArrivingContent content("screen question",
                          [] { return ContentLoad::rejected("the checksum does not match"); });
  const Run r = run("press Touch to begin\npress Quiz\npress The right one\n", content);
  REQUIRE(r.exit == ui::AppExit::Ok);
  CHECK(r.index_of("content rejected the checksum does not match") > 0);
  CHECK(r.err.find("new content rejected: the checksum does not match") != std::string::npos);
  CHECK(r.trace.back() == "screen feedback");
}

TEST_CASE("content withdrawn mid-round takes the visitor to the calm unavailable screen") {
  ArrivingContent content("screen question",
                          [] { return ContentLoad::withdrawn("the private copy is damaged"); });
  const Run r = run("press Touch to begin\npress Quiz\nwait 100\n", content);
  REQUIRE(r.exit == ui::AppExit::Ok);
  CHECK(r.index_of("content rejected the private copy is damaged") > 0);
  CHECK(r.trace.back() == "screen unavailable");
}

TEST_CASE("new content that rewords the interface is drawn with its own words") {
  ArrivingContent content("screen home", [] {
    std::unique_ptr<MemoryLibrary> reworded = test::with_version(test::answerable_library(), "v2");
    reworded->add_languages({{"en", "English"}}, {{"en", {{"briefings", "", "Reports"}}}});
    return ContentLoad::loaded(std::move(reworded));
  });
  const Run r =
      run("press Touch to begin\nwait 1000\npress Touch to begin\npress Reports\n", content);
  CHECK_MESSAGE(r.exit == ui::AppExit::Ok, r.err);
  CHECK(r.trace.back() == "card 1");
}
