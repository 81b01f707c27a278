// The fixture content source copied where a test may write into it (its review.toml).
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "authoring/build.hpp"
#include "support/support.hpp"

namespace kiosk::test {

class FixtureCopy {
 public:
  FixtureCopy() {
    std::filesystem::copy(fixture_dir("content"), src(), std::filesystem::copy_options::recursive);
  }
  std::string src() const { return dir_.file("src"); }
  std::string file(const std::string& name) const { return dir_.file(name); }
  std::string review_file() const { return dir_.file("src/review.toml"); }
  authoring::BuildResult build(authoring::Approval approval) const {
    return authoring::build_content({src(), "", "", approval});
  }
  // Every question the source generates, in the bank's order.
  std::vector<std::string> question_ids() const {
    const authoring::BuildResult built = build(authoring::Approval::NotApplied);
    REQUIRE(built.ok());
    std::vector<std::string> ids;
    for (const auto& q : built.content.questions) ids.push_back(q.id);
    REQUIRE(ids.size() >= 3);
    return ids;
  }

 private:
  TempDir dir_;
};

}  // namespace kiosk::test
