// Which content the visit runs on, and when new content may take its place.
//
// The decisions ui::App used to make about content, as plain logic on an injected clock: a
// good new file waits for a safe point (nobody in the middle of a card or a round), a bad one
// is noted and changes nothing, and content that can no longer be trusted is taken down at
// once. The front end switches on the outcome (trace, log, redraw); tests drive it without a
// screen, a file or a real second passing.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/content_provider.hpp"
#include "core/visit.hpp"

namespace kiosk {

// What a step did, for the front end to report and redraw.
enum class ContentChange {
  None,       // nothing the visitor or the log would notice
  Loading,    // the first file is checked in the background: "one moment" is shown
  Loaded,     // new content is live and a fresh visit began on it
  Waiting,    // good new content waits for the visit to reach a safe point
  Rejected,   // a new file was refused; what is shown stays
  Withdrawn,  // nothing usable is left: the unavailable screen is shown
};

class LiveContent {
 public:
  // The first load at start-up. Loaded content starts a fresh visit in `visit`; Pending,
  // Rejected and Withdrawn show the unavailable (or "one moment") screen.
  ContentChange start(ContentLoad load, VisitState& visit, Millis now);

  // A load delivered later. A good library waits (a newer one replaces one still waiting);
  // a refused file changes nothing, except while the first file is still loading, and a
  // withdrawal takes everything down at once.
  ContentChange receive(ContentLoad load, VisitState& visit);

  // Puts waiting content live when `visit` is at a safe point (Loaded), else None.
  ContentChange switch_if_safe(VisitState& visit, Millis now);

  // The content on screen; null when none is usable.
  const ContentLibrary* library() const { return library_.get(); }
  // Shows the content on screen in `language` from now on (see ContentLibrary::set_language).
  void set_language(const std::string& language) {
    if (library_) library_->set_language(language);
  }
  // True while the first file is still being checked ("one moment" rather than "unavailable").
  bool loading() const { return loading_; }
  // True when good content waits for a safe point.
  bool waiting() const { return pending_ != nullptr; }
  // The version now live, or why the last file was refused: for the trace and the log.
  const std::string& detail() const { return detail_; }
  // The last reload as the staff panel says it ("loaded v3", "rejected: ...", "none since start").
  std::string last_reload() const {
    return last_reload_.empty() ? "none since start" : last_reload_;
  }

 private:
  ContentChange go_live(std::unique_ptr<ContentLibrary> library, VisitState& visit, Millis now);
  ContentChange take_down(const std::string& problem, VisitState& visit);

  std::unique_ptr<ContentLibrary> library_;
  std::unique_ptr<ContentLibrary> pending_;
  bool loading_ = false;
  std::string detail_;
  std::string last_reload_;
};

}  // namespace kiosk
