// Rounded boxes as triangle fans, text as cached textures, focus as a ring.
#include "ui/scene_renderer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace kiosk::ui {
namespace {

int viewport_width(SDL_Renderer* renderer) {
  int w = 0;
  int h = 0;
  SDL_GetRendererOutputSize(renderer, &w, &h);
  return w;
}

SDL_Color sdl_colour(Colour colour, Contrast contrast) {
  const Rgba c = rgba(colour, contrast);
  return {c.r, c.g, c.b, c.a};
}

// A pressed button's fill: the next step of the palette, so the change is plain on a panel
// seen at an angle. The primary button, already the brightest fill, goes a step back.
Colour pressed_fill(Colour fill) {
  switch (fill) {
    case Colour::Background: return Colour::Surface;  // a touch area (a timeline entry)
    case Colour::Surface: return Colour::Raised;
    case Colour::Raised: return Colour::RaisedStrong;
    case Colour::RaisedStrong: return Colour::Raised;
    case Colour::Accent: return Colour::Text;  // its ink (OnAccent) reads on both
    default: return Colour::Focus;
  }
}

}  // namespace

SDL_Texture* SceneRenderer::corner(int radius, Colour colour, int which) {
  const auto key = std::make_tuple(radius, colour, which, contrast_);
  if (const auto it = corners_.find(key); it != corners_.end()) return it->second.get();
  SurfacePtr surface(SDL_CreateRGBSurfaceWithFormat(0, radius, radius, 32, SDL_PIXELFORMAT_RGBA32));
  if (!surface) return nullptr;
  const Rgba c = rgba(colour, contrast_);
  // Coverage of the disc centred on the corner's inner point, 4x4 samples a pixel.
  const double cx = (which == 0 || which == 3) ? radius : 0;
  const double cy = (which == 0 || which == 1) ? radius : 0;
  for (int y = 0; y < radius; ++y) {
    auto* row = static_cast<std::uint8_t*>(surface->pixels) + y * surface->pitch;
    for (int x = 0; x < radius; ++x) {
      int inside = 0;
      for (int sy = 0; sy < 4; ++sy) {
        for (int sx = 0; sx < 4; ++sx) {
          const double px = x + (sx + 0.5) / 4 - cx;
          const double py = y + (sy + 0.5) / 4 - cy;
          inside += px * px + py * py <= double(radius) * radius ? 1 : 0;
        }
      }
      std::uint8_t* p = row + x * 4;
      p[0] = c.r;
      p[1] = c.g;
      p[2] = c.b;
      p[3] = static_cast<std::uint8_t>(c.a * inside / 16);
    }
  }
  TexturePtr texture(SDL_CreateTextureFromSurface(renderer_, surface.get()));
  if (!texture) return nullptr;
  SDL_SetTextureBlendMode(texture.get(), SDL_BLENDMODE_BLEND);
  return (corners_[key] = std::move(texture)).get();
}

// A rounded rectangle: three plain rectangles and four cached corner pieces.
void SceneRenderer::fill(const Rect& rect, Colour colour, int radius) {
  const SDL_Color c = sdl_colour(colour, contrast_);
  SDL_SetRenderDrawColor(renderer_, c.r, c.g, c.b, c.a);
  // Opaque fills are plain stores; blending them would cost a read and a multiply a pixel.
  SDL_SetRenderDrawBlendMode(renderer_, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
  const int r = std::min({radius, rect.w / 2, rect.h / 2});
  if (r <= 1) {
    const SDL_Rect whole{rect.x, rect.y, rect.w, rect.h};
    SDL_RenderFillRect(renderer_, &whole);
    return;
  }
  const SDL_Rect body[3] = {{rect.x + r, rect.y, rect.w - 2 * r, rect.h},
                            {rect.x, rect.y + r, r, rect.h - 2 * r},
                            {rect.x + rect.w - r, rect.y + r, r, rect.h - 2 * r}};
  SDL_RenderFillRects(renderer_, body, 3);
  const SDL_Point at[4] = {{rect.x, rect.y},
                           {rect.x + rect.w - r, rect.y},
                           {rect.x + rect.w - r, rect.y + rect.h - r},
                           {rect.x, rect.y + rect.h - r}};
  for (int which = 0; which < 4; ++which) {
    if (SDL_Texture* t = corner(r, colour, which)) {
      const SDL_Rect dst{at[which].x, at[which].y, r, r};
      SDL_RenderCopy(renderer_, t, nullptr, &dst);
    }
  }
}

void SceneRenderer::text(const Widget& w, int dx, int screen_width) {
  if (w.rect.right() + dx <= 0 || w.rect.x + dx >= screen_width) return;  // off screen
  const CachedText* t = text_.get(w.font, rgba(w.colour, contrast_), w.text);
  if (t == nullptr) return;
  int x = w.rect.x;
  if (w.align == Align::Centre) x = w.rect.x + (w.rect.w - t->w) / 2;
  if (w.align == Align::End) x = w.rect.right() - t->w;
  const int y = w.rect.y + (w.rect.h - t->h) / 2;
  // Layout keeps lines inside their rectangle; never draw past it even if a font disagrees.
  const int shown = std::min(t->w, std::max(0, w.rect.right() - std::max(x, w.rect.x)));
  const int left = std::max(x, w.rect.x) + dx;
  // A line wider than the GPU's largest texture comes in pieces side by side.
  for (const TextPiece& piece : t->pieces) {
    const int piece_shown = std::min(piece.at.w, shown - piece.at.x);
    if (piece_shown <= 0) continue;
    const SDL_Rect src{0, 0, piece_shown, piece.at.h};
    const SDL_Rect dst{left + piece.at.x, y + piece.at.y, piece_shown, piece.at.h};
    SDL_RenderCopy(renderer_, piece.texture.get(), &src, &dst);
  }
}

void SceneRenderer::draw(const Scene& scene, int dx, std::optional<Rect> pressed) {
  const int width = viewport_width(renderer_);
  contrast_ = scene.contrast;
  for (const Widget& w : scene.widgets) {
    const Rect r{w.rect.x + dx, w.rect.y, w.rect.w, w.rect.h};
    if (w.kind != WidgetKind::Text && (r.right() <= 0 || r.x >= width)) continue;  // off screen
    switch (w.kind) {
      case WidgetKind::Box: fill(r, w.colour, w.radius); break;
      case WidgetKind::Text: text(w, dx, width); break;
      case WidgetKind::Button:
        if (w.focused) {
          const int ring = std::max(3, w.rect.h / 18);
          fill({r.x - ring, r.y - ring, r.w + 2 * ring, r.h + 2 * ring}, Colour::Focus,
               w.radius + ring);
        }
        {
          // Pushed in: a little smaller, in the next fill.
          const bool pushed = pressed && w.rect == *pressed;
          const int inset = pushed ? std::max(2, w.rect.h / 24) : 0;
          const Rect shape = r.inset(inset);
          const Colour colour = pushed ? pressed_fill(w.colour) : w.colour;
          const int radius = std::max(0, w.radius - inset);
          // A backdrop that takes touches (a dialog's scrim, the attract screen) is no control
          // to find: no outline.
          const bool backdrop = w.colour == Colour::Scrim || w.colour == Colour::Background;
          if (contrast_ == Contrast::High && !backdrop) {
            // High contrast outlines every button in the text colour: a dark button on a dark
            // page is otherwise hard to find (WCAG 2.2 1.4.11 asks 3:1 for a control's edge).
            const int edge = std::max(2, w.rect.h / 30);
            fill(shape, Colour::Text, radius);
            fill(shape.inset(edge), colour, std::max(0, radius - edge));
          } else {
            fill(shape, colour, radius);
          }
        }
        break;
    }
  }
}

}  // namespace kiosk::ui
