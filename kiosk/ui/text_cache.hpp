// Rendered text, kept as textures: each line is rasterised once, then only copied per frame.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <string>
#include <unordered_map>

#include "core/theme.hpp"
#include "ui/fonts.hpp"
#include "ui/sdl.hpp"

namespace kiosk::ui {

struct CachedText {
  TexturePtr texture;
  int w = 0;
  int h = 0;
};

class TextCache {
 public:
  // Holds at most about `budget_bytes` of texture pixels, dropping the least recently used.
  TextCache(SDL_Renderer* renderer, const FontSet& fonts, std::size_t budget_bytes);

  // The texture of `text` in `role` and `colour`, rendering it on first use; null if SDL_ttf
  // cannot render it.
  const CachedText* get(FontRole role, Rgba ink, const std::string& text);

  // Marks the start of a frame: textures used from here on are kept until the next frame, even
  // over budget, so a frame never evicts what it is about to draw (no re-rendering each frame).
  void begin_frame() { ++frame_; }
  void clear();
  std::size_t bytes() const { return bytes_; }
  std::size_t renders() const { return renders_; }

 private:
  struct Item {
    std::string key;
    CachedText text;
    std::uint64_t frame = 0;  // the last frame that used it
  };

  SDL_Renderer* renderer_;
  const FontSet& fonts_;
  std::size_t budget_;
  std::size_t bytes_ = 0;
  std::size_t renders_ = 0;
  std::uint64_t frame_ = 0;
  std::list<Item> items_;  // most recently used first
  std::unordered_map<std::string, std::list<Item>::iterator> index_;
};

}  // namespace kiosk::ui
