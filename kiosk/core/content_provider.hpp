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

struct ContentLoad {
  std::unique_ptr<ContentLibrary> library;  // null when nothing usable could be loaded
  std::string problem;                      // why not (for logs, trace and the staff)
  // With no library: the content already shown turned out to be damaged too (a private copy
  // failed its recheck and no good file is there to replace it): stop showing it.
  bool current_unusable = false;
  // Neither content nor a problem yet: a large file is being checked in the background, and
  // poll() will deliver the result (so the first frame need not wait for it).
  bool pending = false;
};

class ContentProvider {
 public:
  virtual ~ContentProvider() = default;
  // Loads (and fully checks) the content. Never throws.
  virtual ContentLoad load() = 0;
  // Starts watching for new content. `wake` may be called from any thread whenever poll()
  // has something; it must return at once.
  virtual void watch(std::function<void()> wake) { (void)wake; }
  // A load finished since the last call (new content, or a new file rejected), if any.
  virtual std::optional<ContentLoad> poll() { return std::nullopt; }
  // Lines for the staff panel: label and value ("Database", "/var/lib/kiosk/content.db").
  virtual std::vector<std::pair<std::string, std::string>> status() const { return {}; }
};

}  // namespace kiosk
