// Plain screen geometry: points, sizes and rectangles in pixels, with the few splits layout needs.
#pragma once

#include <algorithm>

namespace kiosk {

struct Point {
  int x = 0;
  int y = 0;
  friend bool operator==(const Point&, const Point&) = default;
};

struct Size {
  int w = 0;
  int h = 0;
  friend bool operator==(const Size&, const Size&) = default;
};

struct Rect {
  int x = 0;
  int y = 0;
  int w = 0;
  int h = 0;

  friend bool operator==(const Rect&, const Rect&) = default;

  [[nodiscard]] bool contains(Point p) const {
    return p.x >= x && p.y >= y && p.x < x + w && p.y < y + h;
  }
  [[nodiscard]] Point centre() const { return {x + w / 2, y + h / 2}; }
  [[nodiscard]] int right() const { return x + w; }
  [[nodiscard]] int bottom() const { return y + h; }

  // The rectangle shrunk by `d` on every side (never below zero size).
  [[nodiscard]] Rect inset(int d) const { return inset(d, d); }
  [[nodiscard]] Rect inset(int dx, int dy) const {
    return {x + dx, y + dy, std::max(0, w - 2 * dx), std::max(0, h - 2 * dy)};
  }
  // The top `height` pixels, and what is left below them after `gap`.
  [[nodiscard]] Rect top(int height) const { return {x, y, w, std::min(h, height)}; }
  [[nodiscard]] Rect below(int height, int gap = 0) const {
    const int used = std::min(h, height + gap);
    return {x, y + used, w, h - used};
  }
  [[nodiscard]] Rect bottom_part(int height) const {
    const int hh = std::min(h, height);
    return {x, y + h - hh, w, hh};
  }
  [[nodiscard]] Rect above(int height, int gap = 0) const {
    return {x, y, w, std::max(0, h - height - gap)};
  }
  [[nodiscard]] Rect left_part(int width) const { return {x, y, std::min(w, width), h}; }
  [[nodiscard]] Rect right_part(int width) const {
    const int ww = std::min(w, width);
    return {x + w - ww, y, ww, h};
  }
  // Column `index` of `count` equal columns separated by `gap`.
  [[nodiscard]] Rect column(int index, int count, int gap) const {
    const int cw = (w - gap * (count - 1)) / count;
    return {x + index * (cw + gap), y, cw, h};
  }
  // Row `index` of `count` equal rows separated by `gap`.
  [[nodiscard]] Rect row(int index, int count, int gap) const {
    const int rh = (h - gap * (count - 1)) / count;
    return {x, y + index * (rh + gap), w, rh};
  }
  // A rectangle of the given size centred in this one.
  [[nodiscard]] Rect centred(int ww, int hh) const {
    return {x + (w - ww) / 2, y + (h - hh) / 2, ww, hh};
  }
};

}  // namespace kiosk
