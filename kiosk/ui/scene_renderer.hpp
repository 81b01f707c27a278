// Drawing a core Scene with SDL_Renderer.
#pragma once

#include "core/scene.hpp"
#include "ui/text_cache.hpp"

namespace kiosk::ui {

class SceneRenderer {
 public:
  SceneRenderer(SDL_Renderer* renderer, TextCache& text) : renderer_(renderer), text_(text) {}

  // Draws every widget in order (later ones on top). Does not present.
  void draw(const Scene& scene);

 private:
  void fill(const Rect& rect, Colour colour, int radius);
  void text(const Widget& widget);

  SDL_Renderer* renderer_;
  TextCache& text_;
};

}  // namespace kiosk::ui
