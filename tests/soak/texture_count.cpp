// Counts the kiosk's live SDL textures: its executables are linked with
// -Wl,--wrap=SDL_CreateTexture,--wrap=SDL_CreateTextureFromSurface,--wrap=SDL_DestroyTexture
// (tests/CMakeLists.txt), so every call from the kiosk's code passes through here first.
#include <SDL.h>

#include <atomic>

#include "soak/soak_driver.hpp"

namespace {
std::atomic<long> live{0};
}  // namespace

// NOLINTBEGIN(bugprone-reserved-identifier,readability-identifier-naming): the linker's names
extern "C" {
SDL_Texture* __real_SDL_CreateTexture(SDL_Renderer* renderer, Uint32 format, int access, int w,
                                      int h);
SDL_Texture* __real_SDL_CreateTextureFromSurface(SDL_Renderer* renderer, SDL_Surface* surface);
void __real_SDL_DestroyTexture(SDL_Texture* texture);

SDL_Texture* __wrap_SDL_CreateTexture(SDL_Renderer* renderer, Uint32 format, int access, int w,
                                      int h) {
  SDL_Texture* texture = __real_SDL_CreateTexture(renderer, format, access, w, h);
  if (texture != nullptr) ++live;
  return texture;
}

SDL_Texture* __wrap_SDL_CreateTextureFromSurface(SDL_Renderer* renderer, SDL_Surface* surface) {
  SDL_Texture* texture = __real_SDL_CreateTextureFromSurface(renderer, surface);
  if (texture != nullptr) ++live;
  return texture;
}

void __wrap_SDL_DestroyTexture(SDL_Texture* texture) {
  if (texture != nullptr) --live;
  __real_SDL_DestroyTexture(texture);
}
}
// NOLINTEND(bugprone-reserved-identifier,readability-identifier-naming)

long kiosk::soak::live_textures() { return live.load(); }
