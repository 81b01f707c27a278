// Collecting and formatting content source diagnostics.
#include "authoring/diagnostics.hpp"

#include <algorithm>

namespace kiosk::authoring {

void Diagnostics::error(const std::string& file, int line, std::string message) {
  items_.push_back({Severity::Error, file, line, std::move(message)});
}

void Diagnostics::warning(const std::string& file, int line, std::string message) {
  items_.push_back({Severity::Warning, file, line, std::move(message)});
}

void Diagnostics::note(const std::string& file, int line, std::string message) {
  items_.push_back({Severity::Note, file, line, std::move(message)});
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

int Diagnostics::error_count() const {
  return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
    return d.severity == Severity::Error;
  }));
}

std::string format(const Diagnostic& d) {
  const char* level = d.severity == Severity::Error     ? "error"
                      : d.severity == Severity::Warning ? "warning"
                                                        : "note";
  std::string where = d.file;
  if (d.line > 0) where += ":" + std::to_string(d.line);
  return where + ": " + level + ": " + d.message;
}

}  // namespace kiosk::authoring
