// Render target to PNG through libpng's simplified API.
#include "ui/screenshot.hpp"

#include <png.h>

#include <cstring>

namespace kiosk::ui {

// Not SDL_image: Debian's build of it links the TIFF, WebP and JPEG libraries as well, whose
// pages cost the running kiosk about 0.5 MiB for a feature it uses only in tests and tours.
// libpng is already loaded (FreeType reads PNG glyphs through it).
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
  png_image image;
  std::memset(&image, 0, sizeof image);
  image.version = PNG_IMAGE_VERSION;
  image.width = static_cast<png_uint_32>(w);
  image.height = static_cast<png_uint_32>(h);
  image.format = PNG_FORMAT_RGBA;
  if (png_image_write_to_file(&image, path.c_str(), 0, surface->pixels, surface->pitch, nullptr) ==
      0) {
    const std::string why = image.message;
    png_image_free(&image);
    throw SdlError("cannot write '" + path + "': " + why);
  }
}

}  // namespace kiosk::ui
