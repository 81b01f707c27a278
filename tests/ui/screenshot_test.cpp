// Saving what the renderer drew as PNG: the pixels read back exactly, a bad path is named.
#include "ui/screenshot.hpp"

#include <doctest/doctest.h>

#include <SDL_image.h>

#include "support/support.hpp"

namespace kiosk {
namespace {

using SurfaceHandle = std::unique_ptr<SDL_Surface, decltype(&SDL_FreeSurface)>;
using RendererHandle = std::unique_ptr<SDL_Renderer, decltype(&SDL_DestroyRenderer)>;

// A 40x30 software target: dark blue, with an opaque orange square at (10, 5).
struct Drawing {
  SurfaceHandle target{SDL_CreateRGBSurfaceWithFormat(0, 40, 30, 32, SDL_PIXELFORMAT_RGBA32),
                       SDL_FreeSurface};
  RendererHandle renderer{nullptr, SDL_DestroyRenderer};

  Drawing() {
    REQUIRE(target != nullptr);
    renderer.reset(SDL_CreateSoftwareRenderer(target.get()));
    REQUIRE_MESSAGE(renderer != nullptr, SDL_GetError());
    SDL_SetRenderDrawColor(renderer.get(), 10, 20, 90, 255);
    SDL_RenderClear(renderer.get());
    SDL_SetRenderDrawColor(renderer.get(), 240, 130, 20, 255);
    const SDL_Rect square{10, 5, 8, 8};
    SDL_RenderFillRect(renderer.get(), &square);
  }
};

SDL_Color pixel(SDL_Surface* s, int x, int y) {
  const auto* p = static_cast<const Uint8*>(s->pixels) + y * s->pitch + x * 4;
  return {p[0], p[1], p[2], p[3]};
}

}  // namespace

TEST_CASE("a screenshot holds exactly the pixels drawn, at the target's size") {
  test::TempDir dir;
  Drawing drawing;
  ui::save_png(drawing.renderer.get(), dir.file("shot.png"));
  const SurfaceHandle loaded(IMG_Load(dir.file("shot.png").c_str()), SDL_FreeSurface);
  REQUIRE_MESSAGE(loaded != nullptr, IMG_GetError());
  const SurfaceHandle read(SDL_ConvertSurfaceFormat(loaded.get(), SDL_PIXELFORMAT_RGBA32, 0),
                           SDL_FreeSurface);
  REQUIRE(read != nullptr);
  CHECK(read->w == 40);
  CHECK(read->h == 30);
  const SDL_Color background = pixel(read.get(), 0, 0);
  const SDL_Color square = pixel(read.get(), 12, 7);
  CHECK((background.r == 10 && background.g == 20 && background.b == 90 && background.a == 255));
  CHECK((square.r == 240 && square.g == 130 && square.b == 20 && square.a == 255));
  CHECK(pixel(read.get(), 18, 7).r == 10);  // just past the square
}

TEST_CASE("a screenshot that cannot be written names its path and leaves nothing behind") {
  test::TempDir dir;
  Drawing drawing;
  const std::string path = dir.file("no-such-folder/shot.png");
  std::string message;
  try {
    ui::save_png(drawing.renderer.get(), path);
  } catch (const ui::SdlError& e) {
    message = e.what();
  }
  CHECK(message.find("cannot write '" + path + "'") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(path));
}

}  // namespace kiosk
