// Parsing and matching key combinations.
#include "ui/keys.hpp"

#include <algorithm>
#include <cctype>

namespace kiosk::ui {

std::optional<KeyCombination> parse_key_combination(const std::string& text) {
  KeyCombination out;
  std::string name = text;
  for (std::size_t plus; (plus = name.find('+')) != std::string::npos && plus + 1 < name.size();) {
    std::string mod = name.substr(0, plus);
    std::transform(mod.begin(), mod.end(), mod.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (mod == "ctrl") out.modifiers |= KMOD_LCTRL;
    else if (mod == "alt") out.modifiers |= KMOD_LALT;
    else if (mod == "shift") out.modifiers |= KMOD_LSHIFT;
    else return std::nullopt;
    name = name.substr(plus + 1);
  }
  out.key = SDL_GetKeyFromName(name.c_str());
  if (out.key == SDLK_UNKNOWN) return std::nullopt;
  return out;
}

bool matches(const KeyCombination& combination, const SDL_Keysym& key) {
  if (key.sym != combination.key) return false;
  for (const auto& [left, either] :
       {std::pair{KMOD_LCTRL, KMOD_CTRL}, std::pair{KMOD_LALT, KMOD_ALT},
        std::pair{KMOD_LSHIFT, KMOD_SHIFT}}) {
    const bool wanted = (combination.modifiers & left) != 0;
    const bool held = (key.mod & either) != 0;
    if (wanted != held) return false;
  }
  return true;
}

}  // namespace kiosk::ui
