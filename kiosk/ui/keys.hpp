// Key combinations written as text: "ctrl+alt+q", "Escape", "shift+Tab".
#pragma once

#include <optional>
#include <string>

#include "ui/sdl.hpp"

namespace kiosk::ui {

struct KeyCombination {
  SDL_Keycode key = SDLK_UNKNOWN;
  Uint16 modifiers = KMOD_NONE;  // KMOD_LCTRL, KMOD_LALT, KMOD_LSHIFT as written
};

// SDL key names with optional "ctrl+", "alt+", "shift+" before them; nullopt if not a key.
std::optional<KeyCombination> parse_key_combination(const std::string& text);

// Whether `key` (from an SDL_KEYDOWN) is `combination`, either Ctrl or Alt key counting.
bool matches(const KeyCombination& combination, const SDL_Keysym& key);

}  // namespace kiosk::ui
