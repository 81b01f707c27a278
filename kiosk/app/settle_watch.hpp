// When a content file that curators are replacing has settled enough to load, when the trusted
// snapshot's recheck is due, and how long the watcher may sleep: decisions only, on a clock the
// caller passes in, so tests run seconds of watching in no time.
#pragma once

#include "core/clock.hpp"

namespace kiosk::app {

// What was seen of the file.
enum class Change {
  Writing,   // written, created, removed or found different by stat: it may still be going on
  Complete,  // renamed into place (or the first file, found whole at start-up): nothing to wait
};

// How an attempt at loading the settled file went.
enum class Outcome {
  Done,       // loaded, rejected or unchanged: nothing waits any more
  Unsettled,  // the file changed under the copy: it is still being written
};

// What wakes the watcher besides the timeout.
enum class Wakeup {
  Events,   // inotify says when the file changes: no need to look while nothing happens
  Polling,  // no inotify: the watcher must look every kPollEvery itself
};

class SettleWatch {
 public:
  // Quiet time after the last write before a file counts as written: a `cp` writes in bursts
  // well under this apart, and a curator waits far longer than this for the screen.
  static constexpr Millis kSettle = 500;
  // How often to look at a file that is settling, to see whether it still changes.
  static constexpr Millis kRetry = 250;
  // How often to look at the file without inotify.
  static constexpr Millis kPollEvery = 1000;

  // Records a change seen at `now`. A write (re)starts the quiet time, also when the file was
  // already settling; a complete file is settled at once.
  void changed(Change change, Millis now);
  // Whether a change waits to be loaded, settled or not.
  bool settling() const { return state_ == State::Settling; }
  // Whether a change waits and the file has been quiet for kSettle at `now`: time to load it.
  bool settled(Millis now) const;
  // Records the attempt made at `now` once settled(). Unsettled starts the quiet time again.
  void attempted(Outcome outcome, Millis now);

  // Asks for the trusted snapshot's full check at `at` (kNever: none).
  void recheck_at(Millis at) { recheck_at_ = at; }
  // Whether the full check asked for is due at `now`.
  bool recheck_due(Millis now) const { return recheck_at_ != kNever && now >= recheck_at_; }
  // Records that the full check ran: it is not due again.
  void rechecked() { recheck_at_ = kNever; }

  // How long the watcher may sleep at `now` (kNever: until woken): until the settling file's
  // next look or its quiet time is over, without inotify until the next look, and never past
  // a recheck.
  Millis timeout(Millis now, Wakeup wakeup) const;

 private:
  enum class State { Quiet, Settling };
  State state_ = State::Quiet;
  Millis quiet_since_ = 0;
  Millis recheck_at_ = kNever;
};

}  // namespace kiosk::app
