// When a changing content file counts as settled, when the recheck is due and how long the
// watcher may sleep: on simulated milliseconds.
#include "app/settle_watch.hpp"

#include <doctest/doctest.h>

using namespace kiosk;
using app::Change;
using app::Outcome;
using app::SettleWatch;
using app::Wakeup;

TEST_CASE("nothing changed: nothing to load, and with inotify the watcher sleeps until woken") {
  const SettleWatch w;
  CHECK_FALSE(w.settling());
  CHECK_FALSE(w.settled(1'000'000));
  CHECK(w.timeout(0, Wakeup::Events) == kNever);
  CHECK(w.timeout(0, Wakeup::Polling) == SettleWatch::kPollEvery);
}

TEST_CASE("a written file is settled once it has been quiet for the settle time") {
  SettleWatch w;
  w.changed(Change::Writing, 1000);
  CHECK(w.settling());
  CHECK_FALSE(w.settled(1000));
  CHECK_FALSE(w.settled(1000 + SettleWatch::kSettle - 1));
  CHECK(w.settled(1000 + SettleWatch::kSettle));
  w.attempted(Outcome::Done, 1000 + SettleWatch::kSettle);
  CHECK_FALSE(w.settling());
  CHECK_FALSE(w.settled(10'000));  // loaded once, not again
}

TEST_CASE("a file renamed into place is settled at once") {
  SettleWatch w;
  w.changed(Change::Complete, 1000);
  CHECK(w.settled(1000));
}

TEST_CASE("a change during settling starts the quiet time again") {
  SettleWatch w;
  w.changed(Change::Writing, 0);
  w.changed(Change::Writing, 400);  // the copy goes on
  CHECK_FALSE(w.settled(SettleWatch::kSettle));
  CHECK_FALSE(w.settled(400 + SettleWatch::kSettle - 1));
  CHECK(w.settled(400 + SettleWatch::kSettle));
  // A rename ends any wait for the file it replaces; a write after it starts one again.
  w.changed(Change::Complete, 1000);
  CHECK(w.settled(1000));
  w.changed(Change::Writing, 1010);
  CHECK_FALSE(w.settled(1010));
}

TEST_CASE("a file that changed under the copy is tried again once quiet again") {
  SettleWatch w;
  w.changed(Change::Writing, 0);
  REQUIRE(w.settled(600));
  w.attempted(Outcome::Unsettled, 700);  // the copy took 100 ms and the file moved meanwhile
  CHECK(w.settling());
  CHECK_FALSE(w.settled(700 + SettleWatch::kSettle - 1));
  CHECK(w.settled(700 + SettleWatch::kSettle));
}

TEST_CASE("the recheck is due at its time, once") {
  SettleWatch w;
  CHECK_FALSE(w.recheck_due(1'000'000));
  w.recheck_at(3000);
  CHECK_FALSE(w.recheck_due(2999));
  CHECK(w.recheck_due(3000));
  CHECK(w.recheck_due(5000));  // a late step still runs it
  w.rechecked();
  CHECK_FALSE(w.recheck_due(6000));
}

TEST_CASE("while a file settles the watcher looks every retry, and wakes when it has settled") {
  SettleWatch w;
  w.changed(Change::Writing, 0);
  CHECK(w.timeout(0, Wakeup::Events) == SettleWatch::kRetry);
  CHECK(w.timeout(0, Wakeup::Polling) == SettleWatch::kRetry);
  CHECK(w.timeout(SettleWatch::kSettle - 100, Wakeup::Events) == 100);
  CHECK(w.timeout(SettleWatch::kSettle, Wakeup::Events) == 0);
  CHECK(w.timeout(SettleWatch::kSettle + 50, Wakeup::Events) == 0);  // overdue: at once
  w.attempted(Outcome::Done, SettleWatch::kSettle);
  CHECK(w.timeout(SettleWatch::kSettle, Wakeup::Events) == kNever);
}

TEST_CASE("the watcher never sleeps past a recheck") {
  SettleWatch w;
  w.recheck_at(3000);
  CHECK(w.timeout(0, Wakeup::Events) == 3000);
  CHECK(w.timeout(2500, Wakeup::Polling) == 500);
  CHECK(w.timeout(1000, Wakeup::Polling) == SettleWatch::kPollEvery);
  CHECK(w.timeout(3100, Wakeup::Events) == 0);  // overdue: at once
  w.changed(Change::Writing, 2900);
  CHECK(w.timeout(2900, Wakeup::Events) == 100);  // the recheck comes before the next look
  w.rechecked();
  CHECK(w.timeout(2900, Wakeup::Events) == SettleWatch::kRetry);
}
