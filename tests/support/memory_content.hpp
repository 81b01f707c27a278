// A ContentProvider over in-memory content, for front-end tests.
#pragma once

#include <memory>

#include "core/content_provider.hpp"

namespace kiosk::test {

class MemoryContent final : public ContentProvider {
 public:
  explicit MemoryContent(MemoryLibrary library) : library_(std::move(library)) {}
  ContentLoad load() override {
    return ContentLoad::loaded(std::make_unique<MemoryLibrary>(library_));
  }

 private:
  MemoryLibrary library_;
};

}  // namespace kiosk::test
