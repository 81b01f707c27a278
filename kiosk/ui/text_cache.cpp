// An LRU cache of text textures with a byte budget.
#include "ui/text_cache.hpp"

#include <algorithm>
#include <cstdint>

namespace kiosk::ui {

TextCache::TextCache(SDL_Renderer* renderer, const FontSet& fonts, std::size_t budget_bytes,
                     Size max_texture)
    : renderer_(renderer), fonts_(fonts), budget_(budget_bytes), max_(max_texture) {}

// `surface` as textures no larger than the limit, in tiles left to right, top to bottom. Each
// tile reads the rendered line in place (a surface over the same pixels), so nothing is copied
// twice. Empty when any tile cannot be made (SDL says why in SDL_GetError).
std::vector<TextPiece> TextCache::pieces(SDL_Surface* surface) {
  const int step_w = max_.w > 0 ? max_.w : surface->w;
  const int step_h = max_.h > 0 ? max_.h : surface->h;
  std::vector<TextPiece> made;
  for (int y = 0; y < surface->h; y += step_h) {
    for (int x = 0; x < surface->w; x += step_w) {
      const SDL_Rect at{x, y, std::min(step_w, surface->w - x), std::min(step_h, surface->h - y)};
      auto* first = static_cast<std::uint8_t*>(surface->pixels) + y * surface->pitch +
                    x * surface->format->BytesPerPixel;
      const SurfacePtr tile(
          SDL_CreateRGBSurfaceWithFormatFrom(first, at.w, at.h, surface->format->BitsPerPixel,
                                             surface->pitch, surface->format->format));
      if (!tile) return {};
      TexturePtr texture(SDL_CreateTextureFromSurface(renderer_, tile.get()));
      if (!texture) return {};
      largest_ = {std::max(largest_.w, at.w), std::max(largest_.h, at.h)};
      made.push_back(TextPiece{std::move(texture), at});
    }
  }
  return made;
}

const CachedText* TextCache::get(FontRole role, Rgba ink, const std::string& text) {
  std::string key;
  key.reserve(text.size() + 8);
  key += static_cast<char>('A' + static_cast<int>(role));
  for (const std::uint8_t channel : {ink.r, ink.g, ink.b, ink.a}) key += static_cast<char>(channel);
  key += text;
  if (const auto it = index_.find(key); it != index_.end()) {
    items_.splice(items_.begin(), items_, it->second);
    it->second->frame = frame_;
    return &it->second->text;
  }
  SurfacePtr surface(TTF_RenderUTF8_Blended(fonts_.font(role), text.c_str(),
                                            SDL_Color{ink.r, ink.g, ink.b, ink.a}));
  if (!surface) return nullptr;
  std::vector<TextPiece> made = pieces(surface.get());
  if (made.empty()) return nullptr;
  ++renders_;
  const std::size_t size =
      static_cast<std::size_t>(surface->w) * static_cast<std::size_t>(surface->h) * 4;
  // Least recently used first, but never what this frame has drawn already.
  while (!items_.empty() && bytes_ + size > budget_ && items_.back().frame != frame_) {
    const Item& last = items_.back();
    bytes_ -= static_cast<std::size_t>(last.text.w) * static_cast<std::size_t>(last.text.h) * 4;
    index_.erase(last.key);
    items_.pop_back();
  }
  items_.push_front(Item{key, CachedText{std::move(made), surface->w, surface->h}, frame_});
  index_[key] = items_.begin();
  bytes_ += size;
  return &items_.front().text;
}

void TextCache::clear() {
  index_.clear();
  items_.clear();
  bytes_ = 0;
}

}  // namespace kiosk::ui
