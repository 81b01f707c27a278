// Which content the visit runs on, and when new content may take its place.
#include "core/live_content.hpp"

#include <utility>

namespace kiosk {

ContentChange LiveContent::start(ContentLoad load, VisitState& visit, Millis now) {
  switch (load.status) {
    case LoadStatus::Pending:
      library_.reset();
      loading_ = true;
      detail_.clear();
      show_unavailable(visit);
      return ContentChange::Loading;
    case LoadStatus::Loaded: {
      const ContentChange change = go_live(std::move(load.library), visit, now);
      last_reload_.clear();  // the start is not a reload
      return change;
    }
    case LoadStatus::Rejected:
    case LoadStatus::Withdrawn:
      library_.reset();
      detail_ = load.problem;
      show_unavailable(visit);
      return ContentChange::Withdrawn;
  }
  return ContentChange::None;
}

ContentChange LiveContent::receive(ContentLoad load, VisitState& visit) {
  switch (load.status) {
    case LoadStatus::Loaded:
      pending_ = std::move(load.library);  // a newer file replaces one still waiting
      return ContentChange::Waiting;
    case LoadStatus::Pending: return ContentChange::None;
    case LoadStatus::Withdrawn: return take_down(load.problem, visit);
    case LoadStatus::Rejected:
      // The first file failing its background check takes the "one moment" screen down too.
      if (loading_) return take_down(load.problem, visit);
      detail_ = load.problem;
      last_reload_ = "rejected: " + load.problem;
      return ContentChange::Rejected;
  }
  return ContentChange::None;
}

// New content goes live only where nobody is in the middle of something: a card or a round in
// progress finishes on the content it started with.
ContentChange LiveContent::switch_if_safe(VisitState& visit, Millis now) {
  if (!pending_ || !at_safe_point(visit)) return ContentChange::None;
  return go_live(std::move(pending_), visit, now);
}

ContentChange LiveContent::go_live(std::unique_ptr<ContentLibrary> library, VisitState& visit,
                                   Millis now) {
  library_ = std::move(library);
  pending_.reset();
  loading_ = false;
  detail_ = library_->meta().content_version;
  last_reload_ = "loaded " + detail_;
  content_arrived(visit, now);
  return ContentChange::Loaded;
}

// What is shown can no longer be trusted (or the first file failed): the calm screen instead.
ContentChange LiveContent::take_down(const std::string& problem, VisitState& visit) {
  loading_ = false;
  detail_ = problem;
  last_reload_ = "withdrawn: " + problem;
  pending_.reset();
  library_.reset();
  show_unavailable(visit);
  return ContentChange::Withdrawn;
}

}  // namespace kiosk
