// An LRU cache of text textures with a byte budget.
#include "ui/text_cache.hpp"

#include <cstdint>

namespace kiosk::ui {

TextCache::TextCache(SDL_Renderer* renderer, const FontSet& fonts, std::size_t budget_bytes)
    : renderer_(renderer), fonts_(fonts), budget_(budget_bytes) {}

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
  TexturePtr texture(SDL_CreateTextureFromSurface(renderer_, surface.get()));
  if (!texture) return nullptr;
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
  items_.push_front(Item{key, CachedText{std::move(texture), surface->w, surface->h}, frame_});
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
