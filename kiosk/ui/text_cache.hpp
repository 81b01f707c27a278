// Rendered text, kept as textures: each line is rasterised once, then only copied per frame.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/geometry.hpp"
#include "core/theme.hpp"
#include "ui/fonts.hpp"
#include "ui/sdl.hpp"

namespace kiosk::ui {

// One texture of a line of text, and where it lies within the line.
struct TextPiece {
  TexturePtr texture;
  SDL_Rect at{0, 0, 0, 0};
};

// A line of text: one piece, or several side by side when it is wider (or taller) than the
// largest texture the renderer takes (2048 px on a Raspberry Pi 3's GPU).
struct CachedText {
  std::vector<TextPiece> pieces;
  int w = 0;
  int h = 0;
};

class TextCache {
 public:
  // Holds at most about `budget_bytes` of texture pixels, dropping the least recently used.
  // No texture is larger than `max_texture` (the renderer's limit; 0 for a side: no limit).
  TextCache(SDL_Renderer* renderer, const FontSet& fonts, std::size_t budget_bytes,
            Size max_texture = {});

  // The texture of `text` in `role` and `colour`, rendering it on first use; null if SDL_ttf
  // cannot render it.
  const CachedText* get(FontRole role, Rgba ink, const std::string& text);

  // Marks the start of a frame: textures used from here on are kept until the next frame, even
  // over budget, so a frame never evicts what it is about to draw (no re-rendering each frame).
  void begin_frame() { ++frame_; }
  void clear();
  std::size_t bytes() const { return bytes_; }
  std::size_t renders() const { return renders_; }
  // The widest and the tallest texture made so far (for tests of the renderer's limit).
  Size largest() const { return largest_; }

 private:
  struct Item {
    std::string key;
    CachedText text;
    std::uint64_t frame = 0;  // the last frame that used it
  };

  SDL_Renderer* renderer_;
  const FontSet& fonts_;
  std::vector<TextPiece> pieces(SDL_Surface* surface);

  std::size_t budget_;
  Size max_;
  Size largest_;
  std::size_t bytes_ = 0;
  std::size_t renders_ = 0;
  std::uint64_t frame_ = 0;
  std::list<Item> items_;  // most recently used first
  std::unordered_map<std::string, std::list<Item>::iterator> index_;
};

}  // namespace kiosk::ui
