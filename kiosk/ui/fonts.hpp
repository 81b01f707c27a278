// The kiosk's fonts, one per text role at a size scaled to the screen, and text measuring.
#pragma once

#include <array>
#include <string>
#include <unordered_map>

#include "core/text_metrics.hpp"
#include "core/theme.hpp"
#include "ui/sdl.hpp"

namespace kiosk::ui {

struct FontFiles {
  std::string regular;
  std::string bold;
};

// The font files in `dir`, or when `dir` is empty, the first of: next to the executable
// (../share/kiosk/fonts, in the build tree too) and the installed data directory.
// Throws SdlError naming every place looked in when none has them.
FontFiles find_fonts(const std::string& dir);

// Whether `dir` holds both font files; and the message when it does not.
bool has_fonts(const std::string& dir);
std::string no_fonts_in(const std::string& dir);

class FontSet final : public TextMetrics {
 public:
  // Opens every role's font at its size for `metrics`. Throws SdlError naming the file.
  FontSet(const FontFiles& files, const Metrics& metrics);

  TTF_Font* font(FontRole role) const { return fonts_[index(role)].get(); }
  int width(FontRole role, std::string_view text) const override;
  int line_height(FontRole role) const override;

  // What the remembered widths take, by the count of width_cache_cost: never more than
  // kWidthCacheBytes, however many different texts a kiosk measures over months.
  std::size_t width_cache_bytes() const { return width_bytes_; }
  static constexpr std::size_t kWidthCacheBytes = 256 * 1024;
  // What one remembered width costs: its text and the map's node and bucket around it.
  static std::size_t width_cache_cost(std::string_view text) { return text.size() + 64; }

 private:
  static std::size_t index(FontRole role) { return static_cast<std::size_t>(role); }

  std::array<FontPtr, kFontRoleCount> fonts_;
  // Layout measures the same words over and over; SDL_ttf shapes each time, so remember,
  // within a budget: every card, language and question of months of visits passes through
  // here, so an unbounded cache only ever grows. When full it is emptied (a screen's texts
  // are measured again in well under a millisecond), which keeps it simple and bounded.
  mutable std::array<std::unordered_map<std::string, int>, kFontRoleCount> widths_;
  mutable std::size_t width_bytes_ = 0;
};

}  // namespace kiosk::ui
