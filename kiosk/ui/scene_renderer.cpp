// Rounded boxes as triangle fans, text as cached textures, focus as a ring.
#include "ui/scene_renderer.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace kiosk::ui {
namespace {

constexpr int kArcSteps = 6;

SDL_Color sdl_colour(Colour colour) {
  const Rgba c = rgba(colour);
  return {c.r, c.g, c.b, c.a};
}

// The outline of a rounded rectangle, corner arcs included, clockwise from the top left.
std::vector<SDL_FPoint> outline(const Rect& r, int radius) {
  const float rad = static_cast<float>(std::min({radius, r.w / 2, r.h / 2}));
  const float left = static_cast<float>(r.x);
  const float top = static_cast<float>(r.y);
  const float right = static_cast<float>(r.x + r.w);
  const float bottom = static_cast<float>(r.y + r.h);
  const SDL_FPoint centres[4] = {{left + rad, top + rad}, {right - rad, top + rad},
                                 {right - rad, bottom - rad}, {left + rad, bottom - rad}};
  std::vector<SDL_FPoint> points;
  for (int corner = 0; corner < 4; ++corner) {
    const double start = M_PI + corner * M_PI / 2;
    for (int i = 0; i <= kArcSteps; ++i) {
      const double a = start + (M_PI / 2) * i / kArcSteps;
      points.push_back({centres[corner].x + rad * static_cast<float>(std::cos(a)),
                        centres[corner].y + rad * static_cast<float>(std::sin(a))});
    }
  }
  return points;
}

}  // namespace

void SceneRenderer::fill(const Rect& rect, Colour colour, int radius) {
  const SDL_Color c = sdl_colour(colour);
  if (radius <= 0) {
    SDL_SetRenderDrawColor(renderer_, c.r, c.g, c.b, c.a);
    const SDL_Rect r{rect.x, rect.y, rect.w, rect.h};
    SDL_RenderFillRect(renderer_, &r);
    return;
  }
  const std::vector<SDL_FPoint> ring = outline(rect, radius);
  std::vector<SDL_Vertex> vertices;
  vertices.reserve(ring.size() + 1);
  const SDL_FPoint centre{static_cast<float>(rect.x) + static_cast<float>(rect.w) / 2,
                          static_cast<float>(rect.y) + static_cast<float>(rect.h) / 2};
  vertices.push_back({centre, c, {0, 0}});
  for (const SDL_FPoint& p : ring) vertices.push_back({p, c, {0, 0}});
  std::vector<int> indices;
  const int n = static_cast<int>(ring.size());
  for (int i = 0; i < n; ++i) {
    indices.insert(indices.end(), {0, 1 + i, 1 + (i + 1) % n});
  }
  SDL_RenderGeometry(renderer_, nullptr, vertices.data(), static_cast<int>(vertices.size()),
                     indices.data(), static_cast<int>(indices.size()));
}

void SceneRenderer::text(const Widget& w) {
  const CachedText* t = text_.get(w.font, w.colour, w.text);
  if (t == nullptr) return;
  int x = w.rect.x;
  if (w.align == Align::Centre) x = w.rect.x + (w.rect.w - t->w) / 2;
  if (w.align == Align::End) x = w.rect.right() - t->w;
  const int y = w.rect.y + (w.rect.h - t->h) / 2;
  // Layout keeps lines inside their rectangle; never draw past it even if a font disagrees.
  const int shown = std::min(t->w, std::max(0, w.rect.right() - std::max(x, w.rect.x)));
  const SDL_Rect src{0, 0, shown, t->h};
  const SDL_Rect dst{std::max(x, w.rect.x), y, shown, t->h};
  SDL_RenderCopy(renderer_, t->texture.get(), &src, &dst);
}

void SceneRenderer::draw(const Scene& scene) {
  for (const Widget& w : scene.widgets) {
    switch (w.kind) {
      case WidgetKind::Box: fill(w.rect, w.colour, w.radius); break;
      case WidgetKind::Text: text(w); break;
      case WidgetKind::Button:
        if (w.focused) {
          const int ring = std::max(3, w.rect.h / 18);
          fill({w.rect.x - ring, w.rect.y - ring, w.rect.w + 2 * ring, w.rect.h + 2 * ring},
               Colour::Focus, w.radius + ring);
        }
        fill(w.rect, w.colour, w.radius);
        break;
    }
  }
}

}  // namespace kiosk::ui
