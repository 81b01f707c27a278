// Drawing a core Scene with SDL_Renderer.
#pragma once

#include <map>
#include <optional>
#include <tuple>

#include "core/scene.hpp"
#include "ui/text_cache.hpp"

namespace kiosk::ui {

class SceneRenderer {
 public:
  SceneRenderer(SDL_Renderer* renderer, TextCache& text) : renderer_(renderer), text_(text) {}

  // Draws every widget in order (later ones on top), shifted right by `dx` pixels (for slide
  // transitions; what falls outside the screen is clipped). The button whose rectangle is
  // `pressed` (the one under a finger) is drawn pressed: inset, in a fill a step lighter (a
  // step darker for the primary button). Does not present.
  void draw(const Scene& scene, int dx = 0, std::optional<Rect> pressed = std::nullopt);

 private:
  void fill(const Rect& rect, Colour colour, int radius);
  SDL_Texture* corner(int radius, Colour colour, int which);
  void text(const Widget& widget, int dx, int screen_width);

  SDL_Renderer* renderer_;
  TextCache& text_;
  // Anti-aliased quarter discs, by radius, colour and corner (0 top left, clockwise): rounded
  // corners are copied, never rasterised per frame (SDL's software geometry is slow).
  std::map<std::tuple<int, Colour, int, Contrast>, TexturePtr> corners_;
  Contrast contrast_ = Contrast::Standard;  // the palette of the scene being drawn
};

}  // namespace kiosk::ui
