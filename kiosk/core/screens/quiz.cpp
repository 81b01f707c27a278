// A quiz question, and the same question after an answer (feedback).
#include <algorithm>
#include <optional>
#include <string>

#include "core/quiz.hpp"
#include "core/screens/parts.hpp"

namespace kiosk::screens {
namespace {

// Where choice `i` of `n` goes: a 2x2 grid (or 1x2) in landscape, a column in portrait.
Rect choice_rect(const Metrics& m, Rect area, int i, int n) {
  if (m.portrait()) return area.row(i, n, m.gap());
  if (n <= 2) return area.column(i, n, m.gap());
  const int rows = (n + 1) / 2;
  return area.row(i / 2, rows, m.gap()).column(i % 2, 2, m.gap());
}

struct ChoiceLook {
  Colour fill;
  Colour ink;
  std::string mark;  // the letter, or a tick or cross after the answer
};

ChoiceLook look_of(const RoundItem& item, int i, bool answered, const Words& t) {
  const std::string letter = t.item(Ui::AnswerLetters, i);
  const bool correct = item.shown[static_cast<std::size_t>(i)].correct;
  if (!answered) return {Colour::Raised, Colour::Text, letter};
  if (correct) return {Colour::Success, Colour::Text, "\u2713"};
  if (item.chosen && *item.chosen == i) return {Colour::Danger, Colour::Text, "\u2717"};
  return {Colour::Dimmed, Colour::MutedText, letter};
}

void draw_choice(SceneWriter& w, const RoundItem& item, int i, Rect rect, bool answered,
                 const Words& t) {
  const Metrics& m = w.metrics();
  const ChoiceLook look = look_of(item, i, answered, t);
  const std::string& text = item.shown[static_cast<std::size_t>(i)].text;
  if (answered) {
    w.box(rect, look.fill, m.radius());
  } else {
    w.touch_area(rect, text, {Command::Choose, i}, look.fill, m.radius());
  }
  const int badge = std::min(rect.h - m.px(16), m.px(40));
  const Rect badge_rect{rect.x + m.px(10), rect.y + (rect.h - badge) / 2, badge, badge};
  w.box(badge_rect, answered ? look.fill : Colour::Surface, badge / 2);
  w.fitted_text(badge_rect, look.mark, {FontRole::Button, FontRole::Body, FontRole::Small},
                answered ? look.ink : Colour::Accent, Align::Centre, VAlign::Middle);
  const Rect label{badge_rect.right() + m.px(12), rect.y + m.px(4),
                   rect.right() - badge_rect.right() - m.px(22), rect.h - m.px(8)};
  w.fitted_text(label, text, {FontRole::Button, FontRole::Body, FontRole::Small}, look.ink,
                Align::Start, VAlign::Middle);
}

std::string source_line(const Question& q, const Words& t) {
  if (q.sources.empty()) return {};
  std::string list;
  for (std::size_t i = 0; i < q.sources.size(); ++i) {
    if (i > 0) list += "; ";
    list += q.sources[i];
  }
  const std::string line = t.count(Ui::SourcesLine, static_cast<long>(q.sources.size()));
  return fill_placeholders(line, {{"list", list}});
}

// Whether the question rests on a card this library can show.
bool has_card(const SceneContext& c, const Question& q) {
  return q.card >= 0 && q.card < c.library->card_count();
}

// Where "Read the card" goes on feedback.
enum class ReadCardAt {
  Nowhere,  // the question rests on no card
  TopBar,   // landscape, when the column beside the explanation holds one button only
  Column,   // landscape: above the button that moves on
  Row,      // portrait: beside the button that moves on
};

// Where the parts of a question, or of its feedback, go.
struct QuestionLayout {
  Rect verdict;  // "Correct!" or "Not quite." (feedback only)
  Rect prompt;
  FittedText prompt_text;
  Rect grid;  // the choices
  Rect rest;  // below the choices: the explanation and the buttons (feedback only)
};

// Lays out the current question in `area` (below the top bar). Draws nothing.
QuestionLayout layout_question(const SceneWriter& w, const SceneContext& c, Rect area) {
  const Metrics& m = w.metrics();
  const RoundItem& item = current_item(c.state.round);
  const bool answered = c.state.screen == Screen::Feedback;
  QuestionLayout out;
  if (answered) {
    out.verdict = area.top(w.line_height(FontRole::Title));
    area = area.below(out.verdict.h, m.px(4));
  }
  const FontRole prompt_font = answered ? FontRole::Body : FontRole::Heading;
  const int n = static_cast<int>(item.shown.size());
  if (m.portrait() && !answered) {
    // A tall screen has room to spare: keep the question and its answers together, a little
    // above the middle, rather than leave the lower half empty.
    const int prompt_lines =
        static_cast<int>(w.wrap(item.question.prompt, prompt_font, area.w).size());
    const int prompt_h = std::min(prompt_lines, 6) * w.line_height(prompt_font);
    const int block = prompt_h + m.gap() + n * m.px(110) + (n - 1) * m.gap();
    int push = block < area.h ? (area.h - block) / 3 : 0;
    // The answers in the lower two thirds, within a seated visitor's or a child's reach.
    push = std::max(push, m.screen.h / 3 - (area.y + prompt_h + m.gap()));
    area = area.below(std::max(0, push));
  }
  const int rows = m.portrait() ? n : (n <= 2 ? 1 : (n + 1) / 2);
  // Feedback keeps room for the explanation and the button that moves on; the choices, no
  // longer buttons, may then be lower than a touch target. With larger text the prompt gives
  // way first (a smaller font).
  // At least: two lines of explanation, the page controls under them and, in portrait, the row
  // of buttons under those.
  const int reserve = answered ? 2 * w.line_height(FontRole::Body) + m.px(20) + m.touch() +
                                     m.gap() + (m.portrait() ? m.touch() + m.gap() : 0)
                               : 0;
  const int least_row = answered ? m.px(40) : m.touch();
  const int least_grid = rows * least_row + m.gap() * (rows - 1);
  const int prompt_max =
      std::min(w.line_height(prompt_font) * (m.portrait() ? 6 : 3),
               std::max(w.line_height(FontRole::Small), area.h - least_grid - reserve - m.gap()));
  out.prompt = area.top(prompt_max);
  out.prompt_text = w.fit_text(out.prompt, item.question.prompt, {prompt_font, FontRole::Small});
  area = area.below(out.prompt_text.height, m.gap());
  const int room_row = (area.h - reserve - m.gap() * (rows - 1)) / rows;
  const int row_h = answered ? std::clamp(room_row, least_row,
                                          std::max(m.px(48), w.line_height(FontRole::Button) * 2))
                             : std::clamp(room_row, m.touch(), m.px(m.portrait() ? 110 : 120));
  out.grid = area.top(std::min(area.h, row_h * rows + m.gap() * (rows - 1)));
  out.rest = area.below(out.grid.h, m.gap());
  return out;
}

// Width of the column beside the explanation, in landscape.
int button_column_width(const Metrics& m, Rect rest) { return std::min(m.px(220), rest.w / 3); }

ReadCardAt read_card_at(const SceneWriter& w, const SceneContext& c, const QuestionLayout& l) {
  const Metrics& m = w.metrics();
  if (c.state.screen != Screen::Feedback) return ReadCardAt::Nowhere;
  if (!has_card(c, current_item(c.state.round).question)) return ReadCardAt::Nowhere;
  if (m.portrait()) return ReadCardAt::Row;
  return l.rest.h >= 2 * m.touch() + m.gap() ? ReadCardAt::Column : ReadCardAt::TopBar;
}

// The button that moves on, with "Read the card" beside or above it when it goes there: in
// landscape at the foot of a column on the right, in portrait along the bottom. Returns the
// area left for the explanation.
Rect draw_feedback_buttons(SceneWriter& w, const SceneContext& c, Rect area, ReadCardAt read) {
  const Metrics& m = w.metrics();
  const Round& round = c.state.round;
  const bool last = round.current + 1 >= static_cast<int>(round.items.size());
  const Words& t = c.text();
  const int column_w = m.portrait() ? area.w : button_column_width(m, area);
  const Rect column = area.right_part(column_w);
  Rect next = column.bottom_part(m.touch());
  const Input read_input{Command::ReadCard, 0};
  if (read == ReadCardAt::Row) {
    const Rect row = area.bottom_part(m.touch());
    next = row.column(1, 2, m.gap());
    w.button(row.column(0, 2, m.gap()), t(Ui::ReadCard), read_input, ButtonStyle::Secondary);
  } else if (m.portrait()) {
    next = area.bottom_part(m.touch());
  } else if (read == ReadCardAt::Column) {
    const Rect above = column.above(m.touch(), m.gap()).bottom_part(m.touch());
    w.button(above, t(Ui::ReadCard), read_input, ButtonStyle::Secondary);
  }
  w.button(next, last ? t(Ui::SeeScore) : t(Ui::NextQuestion), {Command::NextQuestion, 0},
           ButtonStyle::Accent);
  return m.portrait() ? area.above(m.touch(), m.gap())
                      : area.left_part(area.w - column_w - m.gap());
}

// The explanation panel and the buttons that move on; returns the page count.
int draw_explanation(SceneWriter& w, const SceneContext& c, Rect area, ReadCardAt read) {
  const Metrics& m = w.metrics();
  const RoundItem& item = current_item(c.state.round);
  Rect panel = draw_feedback_buttons(w, c, area, read);
  const Rect controls = panel.bottom_part(m.touch());
  std::vector<FlowBlock> blocks{
      {item.question.explanation, FontRole::Body, Colour::Text, {}, {}, 0},
      {source_line(item.question, c.text()), FontRole::Small, Colour::MutedText, {}, {}, 6}};
  Rect text = panel.inset(m.px(16), m.px(10));
  if (w.count_pages(text, blocks) == 1) {
    // Fits: a panel just big enough for it (in portrait the space left can be large).
    int used = 0;
    for (const FlowBlock& b : blocks) {
      used += m.px(b.space_before) +
              static_cast<int>(w.wrap(b.text, b.font, text.w).size()) * w.line_height(b.font);
    }
    if (m.portrait()) panel = panel.top(std::min(panel.h, used + m.px(20)));
    w.box(panel, Colour::Surface, m.radius());
    return w.flow(panel.inset(m.px(16), m.px(10)), blocks, 0);
  }
  w.box(panel, Colour::Surface, m.radius());
  // Too long for the panel: make room for page controls.
  text = text.above(controls.h);
  const int pages = w.flow(text, blocks, c.state.page);
  page_controls(w, controls.inset(m.px(8), 0), std::min(c.state.page, pages - 1), pages);
  return pages;
}

}  // namespace

void build_question(SceneWriter& w, Scene& scene, const SceneContext& c, Rect screen) {
  const Metrics& m = w.metrics();
  const Round& round = c.state.round;
  const RoundItem& item = current_item(round);
  const bool answered = c.state.screen == Screen::Feedback;
  const Words& t = c.text();
  const std::string progress = t.fill(
      Ui::QuestionPosition,
      {{"n", std::to_string(round.current + 1)}, {"total", std::to_string(round.items.size())}});
  const QuestionLayout l = layout_question(w, c, nav_area(w, screen).inset(m.margin(), m.px(12)));
  const ReadCardAt read = read_card_at(w, c, l);
  std::optional<BarAction> action;
  if (read == ReadCardAt::TopBar) {
    action = BarAction{t(Ui::ReadCard), {Command::ReadCard, 0}, ButtonStyle::Secondary};
  }
  nav_bar(w, c, screen, t(Ui::BackHome), {Command::Back, 0}, progress, action);
  scene.on_back = {Command::Back, 0};
  if (answered) {
    const bool right = item.chosen && *item.chosen == correct_choice(item);
    w.line(l.verdict, right ? "\u2713 " + t(Ui::Correct) : "\u2717 " + t(Ui::NotQuite),
           FontRole::Title, right ? Colour::SuccessInk : Colour::DangerInk, Align::Start);
  }
  w.lines(l.prompt, l.prompt_text.lines, l.prompt_text.font,
          answered ? Colour::MutedText : Colour::Text, Align::Start);
  const int n = static_cast<int>(item.shown.size());
  for (int i = 0; i < n; ++i) draw_choice(w, item, i, choice_rect(m, l.grid, i, n), answered, t);
  if (!answered) return;
  scene.page_count = draw_explanation(w, c, l.rest, read);
  scene.on_next = {Command::NextQuestion, 0};
}

}  // namespace kiosk::screens
