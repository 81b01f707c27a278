// Visitor text the kiosk can show as written: no control character and no character its fonts
// lack (either would be drawn as an empty box), so a curator hears of it from kiosk-db build
// rather than from a visitor.
#pragma once

#include <string>
#include <string_view>

#include "authoring/diagnostics.hpp"
#include "core/model.hpp"

namespace kiosk::authoring {

// What the kiosk's fonts can draw. kiosk-db answers from the font files themselves
// (tool/font_glyphs, FreeType); the builder only asks.
class FontCoverage {
 public:
  FontCoverage() = default;
  FontCoverage(const FontCoverage&) = delete;
  FontCoverage& operator=(const FontCoverage&) = delete;
  virtual ~FontCoverage() = default;
  // The file names of the fonts that have no glyph for `c` ("DejaVuSans-Bold.ttf", or two
  // joined by " and "), or "" when every font has one.
  [[nodiscard]] virtual std::string lacking(char32_t c) const = 0;
};

// Why valid UTF-8 `text` cannot be shown as written, naming its first such character by code
// point ("has U+001B (ESC), a control character, at character 7"), or "" when it can. A line
// break (U+000A) is allowed: the kiosk's layout breaks the line there (and a card's text
// starts a paragraph at a blank line), drawing nothing for it. Every other C0 control
// character (tab and carriage return too: the layout does not place them), DEL and the C1
// controls are refused; so is a character that some font of `fonts` lacks, since any text may
// be drawn in either weight. `fonts` null: only control characters are looked for.
std::string unshowable(std::string_view text, const FontCoverage* fonts);

// Reports with file and line each text the kiosk shows that is not an item's (the content's
// title and subtitle, the kiosk's own words from interface.toml, each language's name) and
// `unshowable` refuses. The items' texts, derived ones included, are checked with their
// lengths (check_text_limits).
void check_showable_interface(const model::Content& content, const FontCoverage* fonts,
                              Diagnostics& out);

}  // namespace kiosk::authoring
