// Where the front end gets its content from, without knowing how it is stored.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/content.hpp"

namespace kiosk {

// What a load came to; the front end switches on it.
enum class LoadStatus {
  Loaded,     // `library` holds content that passed its checks
  Rejected,   // nothing usable (`problem` says why); what is shown, if anything, stays
  Withdrawn,  // nothing usable, and the content already shown turned out damaged too (a private
              // copy failed its recheck and no good file replaces it): stop showing it
  Pending,    // a large file is being checked in the background; poll() will deliver the
              // result (so the first frame need not wait for it)
};

struct ContentLoad {
  LoadStatus status = LoadStatus::Rejected;
  std::unique_ptr<ContentLibrary> library;  // set exactly when status is Loaded
  std::string problem;                      // why not (for logs, trace and the staff)

  static ContentLoad loaded(std::unique_ptr<ContentLibrary> library) {
    return {LoadStatus::Loaded, std::move(library), ""};
  }
  static ContentLoad rejected(std::string why) {
    return {LoadStatus::Rejected, nullptr, std::move(why)};
  }
  static ContentLoad withdrawn(std::string why) {
    return {LoadStatus::Withdrawn, nullptr, std::move(why)};
  }
  static ContentLoad pending() { return {LoadStatus::Pending, nullptr, ""}; }
};

class ContentProvider {
 public:
  virtual ~ContentProvider() = default;
  // Loads (and fully checks) the content. Never throws.
  virtual ContentLoad load() = 0;
  // Starts watching for new content. `wake` may be called from any thread whenever poll()
  // has something; it must return at once.
  // NOLINTNEXTLINE(performance-unnecessary-value-param): a sink that overrides keep
  virtual void watch(std::function<void()> wake) { (void)wake; }
  // A load finished since the last call (new content, or a new file rejected), if any.
  virtual std::optional<ContentLoad> poll() { return std::nullopt; }
  // Lines for the staff panel: label and value ("Database", "/var/lib/kiosk/content.db").
  virtual std::vector<std::pair<std::string, std::string>> status() const { return {}; }
};

}  // namespace kiosk
