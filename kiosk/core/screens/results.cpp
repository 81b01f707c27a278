// The end of a round: the score, and every missed question with its answer.
#include <string>

#include "core/listen.hpp"
#include "core/quiz.hpp"
#include "core/screens/parts.hpp"

namespace kiosk::screens {
namespace {

std::vector<FlowBlock> missed_blocks(const Round& round) {
  std::vector<FlowBlock> blocks;
  for (const RoundItem& item : round.items) {
    if (!is_missed(item)) continue;
    const int right = correct_choice(item);
    const std::string answer = item.shown[static_cast<std::size_t>(right)].text;
    blocks.push_back({item.question.prompt,
                      FontRole::Body,
                      Colour::Text,
                      {},
                      {},
                      blocks.empty() ? 0.0 : 14.0,
                      true});
    blocks.push_back({"\u2713 " + answer, FontRole::Body, Colour::SuccessInk, {}, {}, 2});
  }
  return blocks;
}

enum class Missed { None, Some };

// The buttons at the foot of `summary`, in two rows: "Try the ones I missed" above "Play
// again" and "Home" when something was missed, else "Play again" above "Home". Returns the
// rectangle they take.
Rect draw_ways_on(SceneWriter& w, Rect summary, Missed missed, const Words& t) {
  const Metrics& m = w.metrics();
  const Rect buttons = summary.bottom_part(m.touch() * 2 + m.gap());
  const Rect first = buttons.row(0, 2, m.gap());
  const Rect second = buttons.row(1, 2, m.gap());
  if (missed == Missed::None) {
    w.button(first, t(Ui::PlayAgain), {Command::PlayAgain, 0}, ButtonStyle::Accent);
    w.button(second, t(Ui::Home), {Command::GoHome, 0}, ButtonStyle::Secondary);
    return buttons;
  }
  w.button(first, t(Ui::TryMissed), {Command::RetryMissed, 0}, ButtonStyle::Accent);
  const Rect home = second.right_part(second.w * 2 / 5);  // "Home" is the shorter label
  w.button(second.left_part(second.w - home.w - m.gap()), t(Ui::PlayAgain), {Command::PlayAgain, 0},
           ButtonStyle::Primary);
  w.button(home, t(Ui::Home), {Command::GoHome, 0}, ButtonStyle::Secondary);
  return buttons;
}

}  // namespace

void build_results(SceneWriter& w, Scene& scene, const SceneContext& c, Rect screen) {
  const Metrics& m = w.metrics();
  const Round& round = c.state.round;
  const int total = static_cast<int>(round.items.size());
  const int points = score(round);
  const Words& t = c.text();
  Rect area = nav_bar(w, c, screen, t(Ui::BackHome), {Command::Back, 0}, t(Ui::ResultsTitle))
                  .inset(m.margin(), m.px(12));
  scene.on_back = {Command::Back, 0};

  const int big = w.line_height(FontRole::Display);
  const int label = w.line_height(FontRole::Body);
  const int praise_h = w.line_height(FontRole::Heading) * 2;
  const Missed missed_some = missed_count(round) > 0 ? Missed::Some : Missed::None;
  // Landscape: the score above the ways on at the left, the missed questions at the right.
  // Portrait: the score at the top, the missed questions below it and the ways on at the foot,
  // within reach.
  Rect top;
  Rect review;
  if (m.portrait()) {
    const Rect buttons = draw_ways_on(w, area, missed_some, t);
    top = area.top(label + big + praise_h);
    review = area.below(top.h, m.gap()).above(buttons.h, m.gap());
  } else {
    const Rect summary = area.left_part(area.w * 2 / 5);
    review = area.right_part(area.w - summary.w - m.margin());
    top = summary.above(draw_ways_on(w, summary, missed_some, t).h, m.gap());
  }
  const Rect block = top.centred(top.w, std::min(top.h, label + big + praise_h));
  w.fitted_text(block.top(label), t(Ui::YouScored), {FontRole::Body, FontRole::Small},
                Colour::MutedText, Align::Centre);
  w.fitted_text(
      block.below(label).top(big),
      t.fill(Ui::Score, {{"n", std::to_string(points)}, {"total", std::to_string(total)}}),
      {FontRole::Display, FontRole::Title}, Colour::Accent, Align::Centre);
  w.fitted_text(block.below(label + big), t(results_praise(points, total)),
                {FontRole::Heading, FontRole::Body}, Colour::Text, Align::Centre);

  // What was missed, with the right answers.
  w.box(review, Colour::Surface, m.radius());
  Rect inner = review.inset(m.px(16), m.px(12));
  const int head = w.line_height(FontRole::Heading);
  const std::vector<FlowBlock> missed = missed_blocks(round);
  w.line(inner.top(head), missed.empty() ? t(Ui::NothingMissed) : t(Ui::MissedHeading),
         FontRole::Heading, Colour::Accent, Align::Start);
  inner = inner.below(head, m.px(8));
  if (missed.empty()) {
    w.fitted_text(inner, t(Ui::AllCorrect), {FontRole::Body}, Colour::Text, Align::Start);
    return;
  }
  if (w.count_pages(inner, missed) > 1) {
    const Rect controls = inner.bottom_part(m.touch());
    inner = inner.above(controls.h, m.px(4));
    scene.page_count = w.flow(inner, missed, c.state.page);
    page_controls(w, controls, std::min(c.state.page, scene.page_count - 1), scene.page_count);
    return;
  }
  scene.page_count = w.flow(inner, missed, 0);
}

}  // namespace kiosk::screens
