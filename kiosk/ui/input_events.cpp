// Touch and mouse events to pointer events.
#include "ui/input_events.hpp"

namespace kiosk::ui {
namespace {

PointerAction finger_action(Uint32 type) {
  if (type == SDL_FINGERDOWN) return PointerAction::Press;
  return type == SDL_FINGERUP ? PointerAction::Release : PointerAction::Move;
}

}  // namespace

std::optional<PointerEvent> pointer_event(const SDL_Event& e, Size size) {
  switch (e.type) {
    case SDL_FINGERDOWN:
    case SDL_FINGERMOTION:
    case SDL_FINGERUP:
      return PointerEvent{finger_action(e.type),
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
    case SDL_MOUSEMOTION:
      if (e.motion.which == SDL_TOUCH_MOUSEID || (e.motion.state & SDL_BUTTON_LMASK) == 0) {
        return std::nullopt;
      }
      return PointerEvent{PointerAction::Move, {e.motion.x, e.motion.y}};
    default: return std::nullopt;
  }
}

}  // namespace kiosk::ui
