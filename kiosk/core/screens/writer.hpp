// Helpers the screen builders share: boxes, wrapped text, buttons, paged text flows.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/scene.hpp"
#include "core/text_metrics.hpp"
#include "core/theme.hpp"

namespace kiosk::screens {

enum class ButtonStyle { Primary, Secondary, Accent, Quiet };

// Text wrapped to fit a rectangle: its lines, the font chosen, the height they take.
struct FittedText {
  std::vector<std::string> lines;
  FontRole font = FontRole::Body;
  int height = 0;
};
enum class VAlign { Top, Middle };

// One block of a text flow: a paragraph, a heading, a quote panel...
struct FlowBlock {
  std::string text;
  FontRole font = FontRole::Body;
  Colour colour = Colour::Text;
  std::optional<Colour> panel;  // drawn on a panel of this colour
  std::optional<Colour> rule;   // a vertical rule at the panel's left edge (quotes)
  double space_before = 0;      // reference pixels
  bool keep_with_next = false;  // never end a page between this block and the next
};

struct FlowLayout;

class SceneWriter {
 public:
  // `language`: the language of the text written, for line breaking.
  SceneWriter(Scene& scene, const Metrics& metrics, const TextMetrics& text,
              std::string language = "en")
      : scene_(scene), m_(metrics), text_(text), language_(std::move(language)) {}

  const Metrics& metrics() const { return m_; }
  int line_height(FontRole role) const { return text_.line_height(role); }
  int text_width(FontRole role, std::string_view text) const { return text_.width(role, text); }

  void box(Rect rect, Colour colour, int radius = 0);
  void line(Rect rect, std::string text, FontRole font, Colour colour, Align align);
  std::vector<std::string> wrap(std::string_view text, FontRole font, int width) const;
  // Draws `lines` in `rect`; returns the height they take.
  int lines(Rect rect, const std::vector<std::string>& lines, FontRole font, Colour colour,
            Align align, VAlign valign = VAlign::Top);
  // Wraps `text`, shrinking through `fonts` (largest first) until it fits `rect`; the last
  // font is used if none fits, cut to the lines that fit with an ellipsis. Draws nothing.
  FittedText fit_text(Rect rect, std::string_view text,
                      std::initializer_list<FontRole> fonts) const;
  // Draws what fit_text gives; returns the height it takes.
  int fitted_text(Rect rect, std::string_view text, std::initializer_list<FontRole> fonts,
                  Colour colour, Align align, VAlign valign = VAlign::Top);
  // A tappable button with its label centred (wrapped, shrunk to fit).
  void button(Rect rect, const std::string& label, Input input, ButtonStyle style);
  // A tappable area filled with `fill` whose text the caller draws itself; `label` names it
  // for `press` and tests.
  void touch_area(Rect rect, const std::string& label, Input input, Colour fill, int radius);
  // Lays `blocks` out in `column`, paged; draws page `page` and returns the page count.
  int flow(Rect column, const std::vector<FlowBlock>& blocks, int page);
  // The pages `blocks` would take in `column`, without drawing anything.
  int count_pages(Rect column, const std::vector<FlowBlock>& blocks) const;

 private:
  struct FlowLayout layout_flow(Rect column, const std::vector<FlowBlock>& blocks) const;
  FontRole fitting_font(const FlowBlock& block, int width) const;
  bool words_fit(std::string_view text, FontRole font, int width) const;

  Scene& scene_;
  const Metrics& m_;
  const TextMetrics& text_;
  std::string language_;
};

// Colours of a button style: fill and label ink.
Colour fill_of(ButtonStyle style);
Colour ink_of(ButtonStyle style);

}  // namespace kiosk::screens
