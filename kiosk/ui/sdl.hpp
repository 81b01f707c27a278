// Owned SDL handles and SDL errors.
//
// Every SDL object the kiosk creates is held by one of these, so it is released exactly once
// on every path, and every creation is checked: a null result throws SdlError carrying
// SDL_GetError(), which the caller reports and survives.
#pragma once

#include <SDL.h>
#include <SDL_ttf.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace kiosk::ui {

class SdlError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct WindowDeleter {
  void operator()(SDL_Window* w) const { SDL_DestroyWindow(w); }
};
struct RendererDeleter {
  void operator()(SDL_Renderer* r) const { SDL_DestroyRenderer(r); }
};
struct TextureDeleter {
  void operator()(SDL_Texture* t) const { SDL_DestroyTexture(t); }
};
struct SurfaceDeleter {
  void operator()(SDL_Surface* s) const { SDL_FreeSurface(s); }
};
struct FontDeleter {
  void operator()(TTF_Font* f) const { TTF_CloseFont(f); }
};

using WindowPtr = std::unique_ptr<SDL_Window, WindowDeleter>;
using RendererPtr = std::unique_ptr<SDL_Renderer, RendererDeleter>;
using TexturePtr = std::unique_ptr<SDL_Texture, TextureDeleter>;
using SurfacePtr = std::unique_ptr<SDL_Surface, SurfaceDeleter>;
using FontPtr = std::unique_ptr<TTF_Font, FontDeleter>;

// `pointer` if it is not null; otherwise throws SdlError("`what`: SDL_GetError()").
template <typename T>
T* checked(T* pointer, const std::string& what) {
  if (pointer == nullptr) throw SdlError(what + ": " + SDL_GetError());
  return pointer;
}

}  // namespace kiosk::ui
