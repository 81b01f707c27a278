// The settle and recheck decisions of the live database's watcher.
#include "app/settle_watch.hpp"

#include <algorithm>

namespace kiosk::app {

void SettleWatch::changed(Change change, Millis now) {
  state_ = State::Settling;
  quiet_since_ = change == Change::Complete ? now - kSettle : now;
}

bool SettleWatch::settled(Millis now) const {
  return state_ == State::Settling && now - quiet_since_ >= kSettle;
}

void SettleWatch::attempted(Outcome outcome, Millis now) {
  switch (outcome) {
    case Outcome::Done: state_ = State::Quiet; break;
    case Outcome::Unsettled: changed(Change::Writing, now); break;
  }
}

Millis SettleWatch::timeout(Millis now, Wakeup wakeup) const {
  Millis wait = kNever;
  if (state_ == State::Settling) {
    wait = std::clamp<Millis>(quiet_since_ + kSettle - now, 0, kRetry);
  } else if (wakeup == Wakeup::Polling) {
    wait = kPollEvery;
  }
  if (recheck_at_ != kNever) wait = std::min(wait, std::max<Millis>(0, recheck_at_ - now));
  return wait;
}

}  // namespace kiosk::app
