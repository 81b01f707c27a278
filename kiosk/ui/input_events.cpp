// Touch and mouse events to pointer events.
#include "ui/input_events.hpp"

namespace kiosk::ui {

std::optional<PointerEvent> pointer_event(const SDL_Event& e, Size size) {
  switch (e.type) {
    case SDL_FINGERDOWN:
    case SDL_FINGERUP:
      return PointerEvent{e.type == SDL_FINGERDOWN ? PointerAction::Press : PointerAction::Release,
                          {static_cast<int>(e.tfinger.x * static_cast<float>(size.w)),
                           static_cast<int>(e.tfinger.y * static_cast<float>(size.h))}};
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
      // A real touch screen also sends mouse events for each touch: one tap must count once.
      if (e.button.which == SDL_TOUCH_MOUSEID || e.button.button != SDL_BUTTON_LEFT) {
        return std::nullopt;
      }
      return PointerEvent{
          e.type == SDL_MOUSEBUTTONDOWN ? PointerAction::Press : PointerAction::Release,
          {e.button.x, e.button.y}};
    default: return std::nullopt;
  }
}

}  // namespace kiosk::ui
