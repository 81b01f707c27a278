// An 800x480 software renderer drawing into memory, with SDL_ttf open: for tests that draw
// without a window and read the pixels back.
#pragma once

#include <doctest/doctest.h>

#include "core/geometry.hpp"
#include "core/theme.hpp"
#include "ui/sdl.hpp"

namespace kiosk::test {

struct Software {
  ui::SurfacePtr target{SDL_CreateRGBSurfaceWithFormat(0, 800, 480, 32, SDL_PIXELFORMAT_RGBA32)};
  ui::RendererPtr renderer{SDL_CreateSoftwareRenderer(target.get())};
  Software() { REQUIRE(TTF_Init() == 0); }
  ~Software() {
    renderer.reset();
    TTF_Quit();
  }
  Software(const Software&) = delete;
  Software& operator=(const Software&) = delete;
  // The pixel at `p`, once everything drawn so far has landed.
  Rgba at(Point p) const {
    SDL_RenderFlush(renderer.get());
    const auto* row = static_cast<const Uint8*>(target->pixels) + p.y * target->pitch;
    const Uint8* px = row + p.x * 4;
    return {px[0], px[1], px[2], px[3]};
  }
};

}  // namespace kiosk::test
