// Helpers the tests share: temporary directories, fixture paths, a fake text measurer, and
// small in-memory content.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/content.hpp"
#include "core/text_metrics.hpp"

namespace kiosk::test {

// Where a TempDir lives: under the system's temporary directory, or in memory (/dev/shm, where
// there is one) for a test that writes hundreds of databases and would otherwise spend its time
// waiting for the disk to sync them.
enum class TempStorage { Disk, Memory };

// A fresh directory under the system's temporary directory (or in memory), removed with
// everything in it when the object goes.
class TempDir {
 public:
  explicit TempDir(TempStorage storage = TempStorage::Disk);
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// Sets (or, with nullptr, removes) one environment variable for a scope, putting back what
// was there when the object goes.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value);
  ~ScopedEnv();
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  std::string name_;
  std::optional<std::string> old_;
};

std::string read_text(const std::string& path);
void write_text(const std::string& path, const std::string& text);

// The source tree's paths.
std::string source_dir();
std::string fixture_dir(const std::string& name);  // tests/fixtures/NAME
std::string bundled_content_dir();                 // db/content

// The shared documents (../shared/seeds by default, KIOSK_SEEDS_DIR at configure time).
// When they are missing: under CI (CI=true) the calling test fails; elsewhere it is skipped
// with a warning. Returns "" when the test must not go on.
std::string seeds_dir_or_skip();
std::string testdata_dir_or_skip();

// How to start a program built for the target: the program itself on the host, or with
// qemu-user and its arguments in front when cross-compiled (the build's emulator).
std::vector<std::string> target_command(const std::string& program);
std::string target_shell_command(const std::string& program);  // the same, as /bin/sh text

// Every character is 10 px wide (a code point, not a byte); lines are 20 px apart, whatever
// the role. Layout tests can work out exact expectations from this.
class FakeMetrics final : public TextMetrics {
 public:
  int width(FontRole role, std::string_view text) const override;
  int line_height(FontRole role) const override;
};

// A small, valid library: `questions` questions (4-answer pools, the correct one first; each
// on its own topic, on card i % cards, difficulty 1, 2, 3 in turn), `cards` cards (dated
// April 1, 2, 3... 2024, every second one with its year inferred), three highlights.
MemoryLibrary sample_library(int questions = 12, int cards = 3);

// A copy of `library` in memory, marked as content version `version`: new content arriving.
std::unique_ptr<MemoryLibrary> with_version(const ContentLibrary& library,
                                            const std::string& version);

}  // namespace kiosk::test
