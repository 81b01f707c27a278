// Which content the visit runs on: new files wait for a safe point, bad ones change nothing,
// damaged content is taken down. On a simulated clock, with no file and no screen.
#include "core/live_content.hpp"

#include <doctest/doctest.h>

#include "support/support.hpp"

using namespace kiosk;

namespace {

// The sample library, marked as content version `v`.
std::unique_ptr<ContentLibrary> version(const std::string& v) {
  return test::with_version(test::sample_library(12, 3), v);
}

ContentLoad loaded(const std::string& v) { return ContentLoad::loaded(version(v)); }

// A kiosk's visit and its content, on a clock the test moves.
struct Kiosk {
  LiveContent content;
  VisitState visit = start_visit(0, Random(5));
  VisitConfig config;
  Millis now = 0;

  Outcome send(Command c, int argument = 0) {
    now += 1'000;
    return handle(visit, {c, argument}, now, *content.library(), config);
  }
  Outcome wait(Millis ms) {
    now += ms;
    return tick(visit, now, config, content.library()->highlight_count());
  }
  std::string live() const { return content.library()->meta().content_version; }
};

}  // namespace

TEST_CASE("the first good file goes live and begins a visit on the attract screen") {
  Kiosk k;
  CHECK(k.content.start(loaded("v1"), k.visit, 0) == ContentChange::Loaded);
  CHECK(k.live() == "v1");
  CHECK(k.visit.screen == Screen::Attract);
  CHECK(k.content.detail() == "v1");
  CHECK(k.content.last_reload() == "none since start");
}

TEST_CASE("a first file that cannot be used shows the unavailable screen with its reason") {
  Kiosk k;
  CHECK(k.content.start(ContentLoad::rejected("not a database"), k.visit, 0) ==
        ContentChange::Withdrawn);
  CHECK(k.content.library() == nullptr);
  CHECK(k.visit.screen == Screen::Unavailable);
  CHECK(k.content.detail() == "not a database");
}

TEST_CASE("a large first file shows one moment, then goes live when its check passes") {
  Kiosk k;
  CHECK(k.content.start(ContentLoad::pending(), k.visit, 0) == ContentChange::Loading);
  CHECK(k.content.loading());
  CHECK(k.visit.screen == Screen::Unavailable);
  CHECK(k.content.receive(loaded("big"), k.visit) == ContentChange::Waiting);
  CHECK(k.content.switch_if_safe(k.visit, 5) == ContentChange::Loaded);
  CHECK_FALSE(k.content.loading());
  CHECK(k.live() == "big");
  CHECK(k.visit.screen == Screen::Attract);
}

TEST_CASE("a large first file that fails its check takes one moment down to unavailable") {
  Kiosk k;
  k.content.start(ContentLoad::pending(), k.visit, 0);
  CHECK(k.content.receive(ContentLoad::rejected("checksum"), k.visit) == ContentChange::Withdrawn);
  CHECK_FALSE(k.content.loading());
  CHECK(k.visit.screen == Screen::Unavailable);
  CHECK(k.content.last_reload() == "withdrawn: checksum");
}

TEST_CASE("new content waits for the round in progress to end, then goes live at home") {
  Kiosk k;
  k.content.start(loaded("v1"), k.visit, 0);
  k.send(Command::Begin);
  k.send(Command::OpenQuiz);
  CHECK(k.content.receive(loaded("v2"), k.visit) == ContentChange::Waiting);
  // Through the question and its feedback the visitor stays on what the round began with.
  CHECK(k.content.switch_if_safe(k.visit, k.now) == ContentChange::None);
  k.send(Command::Choose, 0);
  CHECK(k.visit.screen == Screen::Feedback);
  CHECK(k.content.switch_if_safe(k.visit, k.now) == ContentChange::None);
  CHECK(k.live() == "v1");
  k.send(Command::GoHome);
  CHECK(k.content.switch_if_safe(k.visit, k.now) == ContentChange::Loaded);
  CHECK(k.live() == "v2");
  CHECK(k.visit.screen == Screen::Attract);  // a fresh visit on the new content
  CHECK(k.content.last_reload() == "loaded v2");
}

TEST_CASE("a card being read finishes on its content; the switch comes when the visit ends") {
  Kiosk k;
  k.content.start(loaded("v1"), k.visit, 0);
  k.send(Command::Begin);
  k.send(Command::OpenBriefings);
  k.content.receive(loaded("v2"), k.visit);
  CHECK(k.content.switch_if_safe(k.visit, k.now) == ContentChange::None);
  // Walking away: "still there?" is not a safe point either, the reset to attract is.
  k.wait(k.config.idle_timeout);
  CHECK(k.visit.still_there_since);
  CHECK(k.content.switch_if_safe(k.visit, k.now) == ContentChange::None);
  CHECK(k.wait(k.config.still_there_for) == Outcome::VisitEnded);
  CHECK(k.content.switch_if_safe(k.visit, k.now) == ContentChange::Loaded);
  CHECK(k.live() == "v2");
}

TEST_CASE("of two files arriving during a visit, only the newer goes live") {
  Kiosk k;
  k.content.start(loaded("v1"), k.visit, 0);
  k.send(Command::Begin);
  k.send(Command::OpenBriefings);
  k.content.receive(loaded("v2"), k.visit);
  k.content.receive(loaded("v3"), k.visit);
  k.send(Command::Back);
  CHECK(k.content.switch_if_safe(k.visit, k.now) == ContentChange::Loaded);
  CHECK(k.live() == "v3");
  CHECK_FALSE(k.content.waiting());
}

TEST_CASE("a refused file changes nothing on screen and is noted for the staff") {
  Kiosk k;
  k.content.start(loaded("v1"), k.visit, 0);
  k.send(Command::Begin);
  k.send(Command::OpenBriefings);
  const VisitState before = k.visit;
  CHECK(k.content.receive(ContentLoad::rejected("truncated"), k.visit) == ContentChange::Rejected);
  CHECK(k.visit == before);
  CHECK(k.live() == "v1");
  CHECK(k.content.detail() == "truncated");
  CHECK(k.content.last_reload() == "rejected: truncated");
}

TEST_CASE("damaged content is withdrawn at once, mid-round, and a waiting file with it") {
  Kiosk k;
  k.content.start(loaded("v1"), k.visit, 0);
  k.send(Command::Begin);
  k.send(Command::OpenQuiz);
  k.content.receive(loaded("v2"), k.visit);
  CHECK(k.content.receive(ContentLoad::withdrawn("snapshot damaged"), k.visit) ==
        ContentChange::Withdrawn);
  CHECK(k.content.library() == nullptr);
  CHECK_FALSE(k.content.waiting());
  CHECK(k.visit.screen == Screen::Unavailable);
  CHECK(k.content.switch_if_safe(k.visit, k.now) == ContentChange::None);
}

TEST_CASE("after a withdrawal the next good file goes live at once") {
  Kiosk k;
  k.content.start(loaded("v1"), k.visit, 0);
  k.content.receive(ContentLoad::withdrawn("snapshot damaged"), k.visit);
  k.content.receive(loaded("v2"), k.visit);
  CHECK(k.content.switch_if_safe(k.visit, 10) == ContentChange::Loaded);
  CHECK(k.visit.screen == Screen::Attract);
  CHECK(k.live() == "v2");
}
