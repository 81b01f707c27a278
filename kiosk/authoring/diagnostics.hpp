// Problems found in the content source, each with its file and line.
#pragma once

#include <string>
#include <vector>

namespace kiosk::authoring {

enum class Severity { Error, Warning, Note };

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string file;
  int line = 0;
  std::string message;
  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

class Diagnostics {
 public:
  void error(const std::string& file, int line, std::string message);
  void warning(const std::string& file, int line, std::string message);
  void note(const std::string& file, int line, std::string message);

  [[nodiscard]] bool has_errors() const;
  [[nodiscard]] int error_count() const;
  [[nodiscard]] const std::vector<Diagnostic>& all() const { return items_; }

 private:
  std::vector<Diagnostic> items_;
};

// "facts.toml:12: error: unknown entity 'lukashenk' in subject".
std::string format(const Diagnostic& d);

}  // namespace kiosk::authoring
