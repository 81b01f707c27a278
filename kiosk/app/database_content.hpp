// Content from a database file: the ContentProvider the kiosk runs on.
#pragma once

#include <string>

#include "core/content_provider.hpp"

namespace kiosk::app {

class DatabaseContent final : public ContentProvider {
 public:
  explicit DatabaseContent(std::string path) : path_(std::move(path)) {}
  // Opens and fully checks the file (kiosk-db check's validation); never throws.
  ContentLoad load() override;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace kiosk::app
