// The timeline: every card's event in date order along a line, paged; a tap opens the card.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/screens/parts.hpp"

namespace kiosk::screens {
namespace {

// Reference px an entry needs beside the others in landscape: room for a title in body type
// with its longest words whole ("Cosmonautics").
constexpr double kSlotWidth = 150;
constexpr double kDotSize = 20;  // reference px across a marker on the line

// The short date the content gives for the timeline ("Dec 24, 2022", "24 дек. 2022 г."). An
// inferred date is marked by its hollow marker and the legend, never by "around", which reads
// as approximate. A card without one keeps its date label.
std::string short_date(const Card& card) {
  if (!card.timeline_date.empty()) return card.timeline_date;
  if (!card.date) return card.date_label;
  return format_short_date(*card.date);
}

// A marker on the line: a disc for a stated date, a ring for an inferred one.
void draw_marker(SceneWriter& w, Point centre, DateInference inference) {
  const Metrics& m = w.metrics();
  const int size = m.px(kDotSize);
  const Rect dot{centre.x - size / 2, centre.y - size / 2, size, size};
  w.box(dot, Colour::Accent, size / 2);
  if (inference != DateInference::Stated) {
    const Rect hole = dot.inset(m.px(5));
    w.box(hole, Colour::Background, hole.w / 2);
  }
}

// The legend's items: each marker and what it means.
std::vector<std::pair<DateInference, std::string>> legend_items(const Words& t) {
  return {{DateInference::Stated, t(Ui::DateAsReported)},
          {DateInference::WhollyInferred, t(Ui::DateInferred)}};
}

// Whether the legend fits on one line `width` wide; else each item takes a line of its own.
bool legend_fits_one_line(const SceneWriter& w, int width, const Words& t) {
  const Metrics& m = w.metrics();
  int needed = 0;
  for (const auto& [inference, text] : legend_items(t)) {
    needed += m.px(kDotSize) + m.px(8) + w.text_width(FontRole::Small, text) + m.px(28);
  }
  return needed - m.px(28) <= width;
}

// The legend's height in a column `width` wide.
int legend_height(const SceneWriter& w, int width, const Words& t) {
  const int line = std::max(w.line_height(FontRole::Small), w.metrics().px(kDotSize));
  return legend_fits_one_line(w, width, t) ? line : 2 * line;
}

// What the markers mean, across `row` on one line, or one item a line where that is too narrow
// (larger text on a portrait screen).
void draw_legend(SceneWriter& w, Rect row, const Words& t) {
  const Metrics& m = w.metrics();
  const int size = m.px(kDotSize);
  const bool one_line = legend_fits_one_line(w, row.w, t);
  const int line_h = one_line ? row.h : row.h / 2;
  int x = row.x;
  int y = row.y;
  for (const auto& [inference, text] : legend_items(t)) {
    const int room = row.right() - x - size - m.px(8);
    const int text_w = std::min(w.text_width(FontRole::Small, text), room);
    if (text_w <= 0) return;
    draw_marker(w, {x + size / 2, y + line_h / 2}, inference);
    w.fitted_text({x + size + m.px(8), y, text_w, line_h}, text, {FontRole::Small},
                  Colour::MutedText, Align::Start, VAlign::Middle);
    if (one_line) {
      x += size + m.px(8) + text_w + m.px(28);
    } else {
      y += line_h;
    }
  }
}

// Entries a page holds when `fit` fit: spread evenly, so the last page is not nearly empty.
int entries_per_page(int count, int fit) {
  fit = std::max(1, fit);
  const int pages = std::max(1, (count + fit - 1) / fit);
  return std::max(1, (count + pages - 1) / pages);
}

// Where one event goes on screen.
struct Placed {
  int index = 0;
  Card card;
  Rect touch;  // the whole entry: a tap anywhere on it opens the card
  Rect date;
  Rect panel;    // the title's panel
  Point marker;  // on the line
  Rect stem;     // from the marker to the panel (landscape only)
};

// Whether `text` wrapped in `font` fits `rect` with no word broken across lines.
bool fits_whole_words(const SceneWriter& w, const std::string& text, FontRole font, Rect rect) {
  const auto lines = w.wrap(text, font, rect.w);
  if (static_cast<int>(lines.size()) * w.line_height(font) > rect.h) return false;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view word = std::string_view(text).substr(start, end - start);
    if (w.text_width(font, word) > rect.w) return false;
    start = end + 1;
  }
  return true;
}

// Body type for a title where it fits whole, else small type.
FontRole title_font(const SceneWriter& w, const std::string& title, Rect rect) {
  return fits_whole_words(w, title, FontRole::Body, rect) ? FontRole::Body : FontRole::Small;
}

// Draws the placed events along `line`: tappable areas first, then the line over their
// (background-coloured) fill, then dates, panels, titles and markers on top.
void draw_entries(SceneWriter& w, const std::vector<Placed>& placed, Rect line, Align align) {
  const Metrics& m = w.metrics();
  for (const Placed& p : placed) {
    w.touch_area(p.touch, p.card.title, {Command::OpenCard, p.index}, Colour::Background,
                 m.radius());
  }
  w.box(line, Colour::MutedText);
  for (const Placed& p : placed) {
    if (p.stem.w > 0) w.box(p.stem, Colour::MutedText);
    w.fitted_text(p.date, short_date(p.card), {FontRole::Small}, Colour::Accent,
                  align == Align::Centre ? Align::Centre : Align::End, VAlign::Middle);
    w.box(p.panel, Colour::Surface, m.radius());
    const Rect text = p.panel.inset(m.px(align == Align::Centre ? 8 : 14), m.px(8));
    w.fitted_text(text, p.card.title, {title_font(w, p.card.title, text), FontRole::Small},
                  Colour::Text, align, align == Align::Centre ? VAlign::Top : VAlign::Middle);
    draw_marker(w, p.marker, p.card.date_inference);
  }
}

// Landscape: a horizontal line; above each marker its date, below it the event's title, in
// panels as tall as the tallest title on the page. Entries `first` on, `count` of them, in
// slots of a page of `per_page`.
void draw_across(SceneWriter& w, const ContentLibrary& library, Rect track, int first, int count,
                 int per_page) {
  const Metrics& m = w.metrics();
  const int date_h = w.line_height(FontRole::Small) * 2;
  const int dot = m.px(kDotSize);
  const int line_y = track.y + date_h + m.px(8) + dot / 2;
  const int slot_w = track.w / std::max(1, per_page);
  const int panel_top = line_y + dot / 2 + m.px(10);
  std::vector<Placed> placed;
  int tallest = m.touch();
  for (int i = 0; i < count; ++i) {
    std::optional<Card> card = library.card(first + i);
    if (!card) continue;
    const Rect strip = Rect{track.x + i * slot_w, track.y, slot_w, track.h}.inset(m.gap() / 2, 0);
    const Rect room{strip.x, panel_top, strip.w, strip.bottom() - panel_top};
    const Rect text = room.inset(m.px(8), m.px(8));
    const FontRole font = title_font(w, card->title, text);
    const int lines = static_cast<int>(w.wrap(card->title, font, text.w).size());
    tallest = std::max(tallest, std::min(room.h, lines * w.line_height(font) + 2 * m.px(8)));
    const Point marker{strip.centre().x, line_y};
    placed.push_back({first + i,
                      std::move(*card),
                      strip,
                      strip.top(date_h),
                      room,
                      marker,
                      {marker.x - m.px(1), line_y, m.px(2), panel_top - line_y}});
  }
  // Panels as tall as the tallest title; the whole line centred in the space there is.
  const int drop = std::max(0, (track.bottom() - panel_top - tallest) / 2);
  for (Placed& p : placed) {
    p.panel.h = tallest;
    p.touch.h = p.panel.bottom() - p.touch.y;
    for (Rect* r : {&p.touch, &p.date, &p.panel, &p.stem}) r->y += drop;
    p.marker.y += drop;
  }
  draw_entries(w, placed, {track.x, line_y + drop - m.px(1.5), track.w, m.px(3)}, Align::Centre);
}

// Portrait: a vertical line; left of each marker its date, right of it the event's title.
// Rows are spread down the page, a little apart when there is room.
void draw_down(SceneWriter& w, const ContentLibrary& library, Rect track, int first, int count,
               int per_page, int row_h) {
  const Metrics& m = w.metrics();
  const int dot = m.px(kDotSize);
  const int date_w = track.w * 30 / 100;
  const int line_x = track.x + date_w + m.gap() + dot / 2;
  const int pitch =
      std::clamp(track.h / std::max(1, per_page), row_h + m.gap(), row_h + m.gap() + row_h / 2);
  const int panel_x = line_x + dot / 2 + m.gap();
  std::vector<Placed> placed;
  for (int i = 0; i < count; ++i) {
    std::optional<Card> card = library.card(first + i);
    if (!card) continue;
    const Rect row{track.x, track.y + i * pitch, track.w, row_h};
    placed.push_back({first + i,
                      std::move(*card),
                      row,
                      row.left_part(date_w),
                      {panel_x, row.y, row.right() - panel_x, row.h},
                      {line_x, row.centre().y},
                      {}});
  }
  const int line_h = std::max(0, (count - 1) * pitch + row_h);
  draw_entries(w, placed, {line_x - m.px(1.5), track.y, m.px(3), line_h}, Align::Start);
}

// Height of a row in portrait: two lines of a title (three with larger text, where titles
// were cut short), and never less than a touch target.
int row_height(const SceneWriter& w) {
  const int lines = w.metrics().text == TextSize::Large ? 3 : 2;
  return std::max(w.metrics().touch(), w.line_height(FontRole::Body) * lines + w.metrics().px(16));
}

// How many entries fit in `track` at once.
int entries_fitting(const SceneWriter& w, Rect track) {
  const Metrics& m = w.metrics();
  // px() of a positive size is at least 1, which the analyser cannot tell (it does not follow
  // doubles): neither divisor can be 0.
  // NOLINTBEGIN(clang-analyzer-core.DivideZero)
  // With larger text a slot is as much wider as its text, so long words still fit a line.
  if (!m.portrait()) {
    return std::max(1, track.w / m.px(kSlotWidth * text_factor(m.text)));
  }
  return std::max(1, (track.h + m.gap()) / (row_height(w) + m.gap()));
  // NOLINTEND(clang-analyzer-core.DivideZero)
}

}  // namespace

void build_timeline(SceneWriter& w, Scene& scene, const SceneContext& c, Rect screen) {
  const Metrics& m = w.metrics();
  const ContentLibrary& library = *c.library;
  Rect area =
      nav_bar(w, c, screen, c.text()(Ui::BackHome), {Command::Back, 0}, c.text()(Ui::Timeline))
          .inset(m.margin(), m.px(12));
  const int total = library.card_count();
  const int legend_h = legend_height(w, area.w, c.text());
  // Page controls along the bottom only when the events do not all fit on one screen.
  const Rect controls = area.bottom_part(m.touch());
  if (total > entries_fitting(w, area.above(legend_h, m.gap()))) {
    area = area.above(controls.h, m.gap());
  }
  const Rect legend = area.bottom_part(legend_h);
  const Rect track = area.above(legend_h, m.gap());
  const int per_page = entries_per_page(total, entries_fitting(w, track));
  const int pages = std::max(1, (total + per_page - 1) / per_page);
  const int page = std::clamp(c.state.page, 0, pages - 1);
  const int first = page * per_page;
  const int count = std::min(per_page, total - first);
  if (m.portrait()) {
    draw_down(w, library, track, first, count, per_page, row_height(w));
  } else {
    draw_across(w, library, track, first, count, per_page);
  }
  draw_legend(w, legend, c.text());
  scene.page_count = pages;
  if (pages > 1) page_controls(w, controls, page, pages);
  scene.on_next = page + 1 < pages ? Input{Command::NextPage, 0} : Input{};
  scene.on_previous = page > 0 ? Input{Command::PreviousPage, 0} : Input{};
  scene.on_back = {Command::Back, 0};
}

}  // namespace kiosk::screens
