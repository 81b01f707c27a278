// Render target to PNG through SDL_image.
#include "ui/screenshot.hpp"

#include <SDL_image.h>

namespace kiosk::ui {

void save_png(SDL_Renderer* renderer, const std::string& path) {
  int w = 0;
  int h = 0;
  if (SDL_GetRendererOutputSize(renderer, &w, &h) != 0) {
    throw SdlError(std::string("cannot read the screen size: ") + SDL_GetError());
  }
  SurfacePtr surface(checked(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGBA32),
                             "cannot make a screenshot surface"));
  if (SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_RGBA32, surface->pixels,
                           surface->pitch) != 0) {
    throw SdlError(std::string("cannot read the screen: ") + SDL_GetError());
  }
  if (IMG_SavePNG(surface.get(), path.c_str()) != 0) {
    throw SdlError("cannot write '" + path + "': " + IMG_GetError());
  }
}

}  // namespace kiosk::ui
