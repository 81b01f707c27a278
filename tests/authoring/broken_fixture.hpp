// The fixture content source with edits, built: for tests of what the builder says and does.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "authoring/build.hpp"
#include "support/support.hpp"

namespace kiosk::test {

// One replacement in one file of the fixture: `from` (which must occur) becomes `to`.
struct Edit {
  std::string file;
  std::string from;
  std::string to;
};

// A copy of the fixture content with `edits` applied, built.
struct Broken {
  TempDir dir;
  authoring::BuildResult result;

  Broken(const std::string& file, const std::string& from, const std::string& to,
         const std::string& documents = "")
      : Broken(std::vector<Edit>{{file, from, to}}, documents) {}

  explicit Broken(const std::vector<Edit>& edits, const std::string& documents = "") {
    std::filesystem::copy(fixture_dir("content"), dir.path(),
                          std::filesystem::copy_options::recursive);
    for (const Edit& e : edits) {
      const std::string path = dir.file(e.file);
      std::string text = read_text(path);
      const auto at = text.find(e.from);
      REQUIRE_MESSAGE(at != std::string::npos, "fixture has no '" << e.from << "' in " << e.file);
      text.replace(at, e.from.size(), e.to);
      write_text(path, text);
    }
    result = authoring::build_content({dir.path().string(), documents, "2026-01-01T00:00:00Z"});
  }

  // The error whose message contains `words`, checked to name `file` and `line` (0: any).
  void expect(const std::string& file, int line, const std::string& words) const {
    CHECK_FALSE(result.ok());
    expect_diagnostic(authoring::Severity::Error, file, line, words);
  }

  // The note whose message contains `words`, checked to name `file`.
  void expect_note(const std::string& file, const std::string& words) const {
    expect_diagnostic(authoring::Severity::Note, file, 0, words);
  }

 private:
  void expect_diagnostic(authoring::Severity severity, const std::string& file, int line,
                         const std::string& words) const {
    for (const authoring::Diagnostic& d : result.diagnostics.all()) {
      if (d.severity != severity || d.message.find(words) == std::string::npos) continue;
      CHECK(std::filesystem::path(d.file).filename() == file);
      if (line > 0) CHECK(d.line == line);
      return;
    }
    std::string all;
    for (const authoring::Diagnostic& d : result.diagnostics.all()) all += format(d) + "\n";
    FAIL("nothing containing '" << words << "'; got:\n" << all);
  }
};

}  // namespace kiosk::test
