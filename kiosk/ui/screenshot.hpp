// Saving what the renderer has drawn as a PNG.
#pragma once

#include <string>

#include "ui/sdl.hpp"

namespace kiosk::ui {

// Reads the current render target and writes it to `path` as PNG. Throws SdlError.
void save_png(SDL_Renderer* renderer, const std::string& path);

}  // namespace kiosk::ui
