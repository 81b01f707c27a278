// Where the front end gets its content from, without knowing how it is stored.
#pragma once

#include <memory>
#include <string>

#include "core/content.hpp"

namespace kiosk {

struct ContentLoad {
  std::unique_ptr<ContentLibrary> library;  // null when nothing usable could be loaded
  std::string problem;                      // why not (for logs, trace and the staff)
};

class ContentProvider {
 public:
  virtual ~ContentProvider() = default;
  // Loads (and fully checks) the content. Never throws.
  virtual ContentLoad load() = 0;
};

}  // namespace kiosk
