// PNG files as plain pixel buffers (support/image_compare.hpp), through SDL_image.
#pragma once

#include <SDL.h>
#include <SDL_image.h>

#include <memory>
#include <optional>
#include <string>

#include "support/image_compare.hpp"

namespace kiosk::test {

using SurfacePtr = std::unique_ptr<SDL_Surface, decltype(&SDL_FreeSurface)>;

// The PNG at `path` as RGBA, or nothing with `error` saying why.
inline std::optional<Pixels> load_png(const std::string& path, std::string& error) {
  const SurfacePtr loaded(IMG_Load(path.c_str()), SDL_FreeSurface);
  if (!loaded) {
    error = IMG_GetError();
    return std::nullopt;
  }
  const SurfacePtr rgba(SDL_ConvertSurfaceFormat(loaded.get(), SDL_PIXELFORMAT_RGBA32, 0),
                        SDL_FreeSurface);
  if (!rgba) {
    error = SDL_GetError();
    return std::nullopt;
  }
  Pixels image{.width = rgba->w, .height = rgba->h, .rgba = {}};
  const auto* bytes = static_cast<const std::uint8_t*>(rgba->pixels);
  for (int y = 0; y < rgba->h; ++y) {
    const std::uint8_t* row = bytes + static_cast<std::ptrdiff_t>(y) * rgba->pitch;
    image.rgba.insert(image.rgba.end(), row, row + static_cast<std::ptrdiff_t>(rgba->w) * 4);
  }
  return image;
}

// Writes `image` to `path` as PNG; false (with SDL's error) when it cannot.
inline bool save_png(const Pixels& image, const std::string& path, std::string& error) {
  Pixels copy = image;  // SDL wants a mutable buffer
  const SurfacePtr surface(
      SDL_CreateRGBSurfaceWithFormatFrom(copy.rgba.data(), copy.width, copy.height, 32,
                                         copy.width * 4, SDL_PIXELFORMAT_RGBA32),
      SDL_FreeSurface);
  if (!surface || IMG_SavePNG(surface.get(), path.c_str()) != 0) {
    error = SDL_GetError();
    return false;
  }
  return true;
}

}  // namespace kiosk::test
