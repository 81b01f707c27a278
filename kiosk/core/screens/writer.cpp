// Drawing helpers for screen builders, and the paged text flow.
#include "core/screens/writer.hpp"

#include <algorithm>

#include "core/text_layout.hpp"

namespace kiosk::screens {

// A line placed by the flow: on which page, at which height, in which block.
struct PlacedLine {
  int page = 0;
  int y = 0;  // relative to the column top
  std::size_t block = 0;
  std::string text;
  FontRole font = FontRole::Body;  // the block's, or smaller (see fitting_font)
};

// A panel behind (part of) a block on one page.
struct PlacedPanel {
  int page = 0;
  int top = 0;
  int bottom = 0;
  std::size_t block = 0;
};

namespace {

// `line` with an ellipsis after it, to say that there is more (never cut silently), shortened
// a code point at a time until it fits `width`.
template <typename Measure>
std::string with_ellipsis(std::string line, int width, Measure measure) {
  static constexpr std::string_view kEllipsis = "\u2026";
  while (!line.empty() && measure(line + std::string(kEllipsis)) > width) {
    std::size_t end = line.size() - 1;
    while (end > 0 && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) --end;
    line.erase(end);
  }
  return line + std::string(kEllipsis);
}

}  // namespace

Colour fill_of(ButtonStyle style) {
  switch (style) {
    case ButtonStyle::Primary: return Colour::RaisedStrong;
    case ButtonStyle::Secondary: return Colour::Raised;
    case ButtonStyle::Accent: return Colour::Accent;
    case ButtonStyle::Quiet: return Colour::Surface;
  }
  return Colour::Raised;
}

Colour ink_of(ButtonStyle style) {
  return style == ButtonStyle::Accent ? Colour::OnAccent : Colour::Text;
}

void SceneWriter::box(Rect rect, Colour colour, int radius) {
  Widget w;
  w.kind = WidgetKind::Box;
  w.rect = rect;
  w.colour = colour;
  w.radius = radius;
  scene_.widgets.push_back(std::move(w));
}

void SceneWriter::line(Rect rect, std::string text, FontRole font, Colour colour, Align align) {
  if (text.empty()) return;
  Widget w;
  w.kind = WidgetKind::Text;
  w.rect = rect;
  w.colour = colour;
  w.font = font;
  w.align = align;
  w.text = std::move(text);
  scene_.widgets.push_back(std::move(w));
}

std::vector<std::string> SceneWriter::wrap(std::string_view text, FontRole font, int width) const {
  return break_lines(
      text, width, [&](std::string_view s) { return text_.width(font, s); }, language_);
}

int SceneWriter::lines(Rect rect, const std::vector<std::string>& text_lines, FontRole font,
                       Colour colour, Align align, VAlign valign) {
  const int lh = text_.line_height(font);
  const int height = lh * static_cast<int>(text_lines.size());
  int y = valign == VAlign::Middle ? rect.y + (rect.h - height) / 2 : rect.y;
  for (const std::string& l : text_lines) {
    line({rect.x, y, rect.w, lh}, l, font, colour, align);
    y += lh;
  }
  return height;
}

FittedText SceneWriter::fit_text(Rect rect, std::string_view text,
                                 std::initializer_list<FontRole> fonts) const {
  FittedText out;
  out.font = *fonts.begin();
  for (const FontRole font : fonts) {
    out.font = font;
    out.lines = wrap(text, font, rect.w);
    // A smaller font rather than a word cut between letters ("Беларус-кая" on a button).
    if (static_cast<int>(out.lines.size()) * text_.line_height(font) <= rect.h &&
        words_fit(text, font, rect.w)) {
      break;
    }
  }
  const int fit = std::max(1, rect.h / text_.line_height(out.font));
  if (static_cast<int>(out.lines.size()) > fit) {
    out.lines.resize(static_cast<std::size_t>(fit));
    out.lines.back() = with_ellipsis(out.lines.back(), rect.w,
                                     [&](std::string_view s) { return text_.width(out.font, s); });
  }
  out.height = static_cast<int>(out.lines.size()) * text_.line_height(out.font);
  return out;
}

int SceneWriter::fitted_text(Rect rect, std::string_view text,
                             std::initializer_list<FontRole> fonts, Colour colour, Align align,
                             VAlign valign) {
  const FittedText fitted = fit_text(rect, text, fonts);
  return lines(rect, fitted.lines, fitted.font, colour, align, valign);
}

void SceneWriter::touch_area(Rect rect, const std::string& label, Input input, Colour fill,
                             int radius) {
  Widget w;
  w.kind = WidgetKind::Button;
  w.rect = rect;
  w.colour = fill;
  w.radius = radius;
  w.text = label;
  w.input = input;
  scene_.widgets.push_back(std::move(w));
}

void SceneWriter::button(Rect rect, const std::string& label, Input input, ButtonStyle style) {
  touch_area(rect, label, input, fill_of(style), m_.radius());
  const Rect inner = rect.inset(m_.px(10), m_.px(4));
  fitted_text(inner, label, {FontRole::Button, FontRole::Body, FontRole::Small}, ink_of(style),
              Align::Centre, VAlign::Middle);
}

struct FlowLayout {
  std::vector<PlacedLine> lines;
  std::vector<PlacedPanel> panels;
  int page_count = 1;
};

// Whether every word of `text` fits `width` in `font`, so no line breaking cuts one.
bool SceneWriter::words_fit(std::string_view text, FontRole font, int width) const {
  while (!text.empty()) {
    const std::size_t end = std::min(text.find_first_of(" \n"), text.size());
    if (text_.width(font, text.substr(0, end)) > width) return false;
    text.remove_prefix(std::min(text.size(), end + 1));
  }
  return true;
}

// The block's font, or Small when one of its words is wider than `width` in it: a long
// Russian or Belarusian word in a narrow column would otherwise be cut between letters.
FontRole SceneWriter::fitting_font(const FlowBlock& block, int width) const {
  return words_fit(block.text, block.font, width) ? block.font : FontRole::Small;
}

FlowLayout SceneWriter::layout_flow(Rect column, const std::vector<FlowBlock>& blocks) const {
  const int pad = m_.px(14);
  // Wrap every block first, so a block (with those it keeps with) can be measured whole.
  std::vector<std::vector<std::string>> wrapped;
  std::vector<int> heights;
  std::vector<FontRole> fonts;
  for (const FlowBlock& block : blocks) {
    const int inner_w = column.w - (block.panel ? 2 * pad + (block.rule ? m_.px(6) : 0) : 0);
    fonts.push_back(fitting_font(block, inner_w));
    wrapped.push_back(wrap(block.text, fonts.back(), inner_w));
    heights.push_back(static_cast<int>(wrapped.back().size()) * text_.line_height(fonts.back()) +
                      (block.panel ? 2 * pad : 0));
  }
  FlowLayout out;
  int current_page = 0;
  int y = 0;
  bool page_empty = true;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    const FlowBlock& block = blocks[b];
    const int edge = block.panel ? pad : 0;
    const int lh = text_.line_height(fonts[b]);
    const int gap = page_empty ? 0 : m_.px(block.space_before);
    // The height of this block and every block it is kept with.
    int together = heights[b];
    for (std::size_t k = b; k + 1 < blocks.size() && blocks[k].keep_with_next; ++k) {
      together += m_.px(blocks[k + 1].space_before) + heights[k + 1];
    }
    // Start a new page rather than split what fits whole on one, unless that would leave more
    // than half of this page empty (a long paragraph after a card's title, with larger text).
    // A block its predecessor is kept with follows it on the same page: the chain was placed
    // as a whole (or, too tall for any page, is split inside, never between the two).
    const bool kept_with_previous = b > 0 && blocks[b - 1].keep_with_next;
    if (!page_empty && !kept_with_previous && y + gap + together > column.h &&
        together <= column.h && y >= column.h / 2) {
      ++current_page;
      y = 0;
      page_empty = true;
    }
    if (!page_empty) y += gap;
    int panel_top = y;
    y += edge;
    int lines_here = 0;  // lines of this block on the current page
    for (std::string& l : wrapped[b]) {
      if (y + lh + edge > column.h && !page_empty) {
        if (block.panel && lines_here > 0) {
          out.panels.push_back({current_page, panel_top, y + edge, b});
        }
        ++current_page;
        panel_top = 0;
        y = edge;
        lines_here = 0;
      }
      out.lines.push_back({current_page, y, b, std::move(l), fonts[b]});
      y += lh;
      page_empty = false;
      ++lines_here;
    }
    if (block.panel && lines_here > 0) {
      out.panels.push_back({current_page, panel_top, y + edge, b});
    }
    y += edge;
  }
  out.page_count = current_page + 1;
  return out;
}

int SceneWriter::count_pages(Rect column, const std::vector<FlowBlock>& blocks) const {
  return layout_flow(column, blocks).page_count;
}

int SceneWriter::flow(Rect column, const std::vector<FlowBlock>& blocks, int page) {
  const int pad = m_.px(14);
  FlowLayout layout = layout_flow(column, blocks);
  const int shown = std::clamp(page, 0, layout.page_count - 1);
  for (const PlacedPanel& p : layout.panels) {
    if (p.page != shown) continue;
    const FlowBlock& block = blocks[p.block];
    const Rect r{column.x, column.y + p.top, column.w, p.bottom - p.top};
    box(r, *block.panel, m_.radius());
    if (block.rule) box({r.x, r.y, m_.px(6), r.h}, *block.rule, 0);
  }
  for (PlacedLine& l : layout.lines) {
    if (l.page != shown) continue;
    const FlowBlock& block = blocks[l.block];
    const int indent = block.panel ? pad + (block.rule ? m_.px(6) : 0) : 0;
    const int lh = text_.line_height(l.font);
    line({column.x + indent, column.y + l.y, column.w - indent, lh}, std::move(l.text), l.font,
         block.colour, Align::Start);
  }
  return layout.page_count;
}

}  // namespace kiosk::screens
