// The briefing cards: one card a screen, in date order, long text paged.
#include <algorithm>
#include <string>
#include <vector>

#include "core/screens/parts.hpp"

namespace kiosk::screens {
namespace {

std::vector<std::string> paragraphs(const std::string& body) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= body.size()) {
    const std::size_t end = body.find("\n\n", start);
    std::string p = body.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!p.empty()) out.push_back(std::move(p));
    if (end == std::string::npos) break;
    start = end + 2;
  }
  return out;
}

std::vector<FlowBlock> story_blocks(const Card& card) {
  std::vector<FlowBlock> blocks;
  blocks.push_back({card.title, FontRole::Title, Colour::Text, {}, {}, 0, true});
  std::string when_where = card.date_label;
  if (!card.place.empty()) when_where += (when_where.empty() ? "" : "  \u00B7  ") + card.place;
  blocks.push_back({when_where, FontRole::Small, Colour::Accent, {}, {}, 4, true});
  for (std::string& p : paragraphs(card.body)) {
    blocks.push_back({std::move(p), FontRole::Body, Colour::Text, {}, {}, 12});
  }
  return blocks;
}

std::vector<FlowBlock> aside_blocks(const Card& card, const Words& t) {
  std::vector<FlowBlock> blocks;
  if (card.quote) {
    blocks.push_back({t.quoted(card.quote->words), FontRole::Body, Colour::Text, Colour::Raised,
                      Colour::Accent, 0, true});
    // Our words, not the speaker's: said plainly wherever the quote is a translation, and never
    // a page away from the quote it speaks of.
    const bool translated = !card.quote->translated_report.empty();
    blocks.push_back({"\u2014 " + card.quote->speaker,
                      FontRole::Small,
                      Colour::MutedText,
                      {},
                      {},
                      6,
                      translated});
    if (translated) {
      blocks.push_back({t.fill(Ui::QuoteTranslated, {{"outlet", card.quote->translated_report}}),
                        FontRole::Small,
                        Colour::MutedText,
                        {},
                        {},
                        2});
    }
  }
  if (!card.differences.empty()) {
    blocks.push_back({t(Ui::SourcesDiffer), FontRole::Heading, Colour::Accent, {}, {}, 16, true});
    for (const std::string& d : card.differences) {
      blocks.push_back({d, FontRole::Small, Colour::Text, Colour::Raised, Colour::Danger, 6});
    }
  }
  if (!card.sources.empty()) {
    blocks.push_back({t.count(Ui::SourcesHeading, static_cast<long>(card.sources.size())),
                      FontRole::Small,
                      Colour::Accent,
                      {},
                      {},
                      16,
                      true});
    for (const std::string& s : card.sources) {
      blocks.push_back({s, FontRole::Small, Colour::MutedText, {}, {}, 2});
    }
  }
  return blocks;
}

// Draws the card in `area`; returns its page count.
int draw_card(SceneWriter& w, const Card& card, Rect area, int page, const Words& t) {
  const Metrics& m = w.metrics();
  w.box(area, Colour::Surface, m.radius());
  const Rect inner = area.inset(m.px(20), m.px(16));
  std::vector<FlowBlock> story = story_blocks(card);
  std::vector<FlowBlock> aside = aside_blocks(card, t);
  // One column on a portrait screen, and with larger text everywhere: beside the story, the
  // quote's column would hold too few words a line (long Russian words broke across lines).
  if (m.portrait() || m.text == TextSize::Large) {
    if (!aside.empty()) aside.front().space_before = 20;
    story.insert(story.end(), aside.begin(), aside.end());
    return w.flow(inner, story, page);
  }
  const int aside_w = inner.w * 32 / 100;
  const Rect left = inner.left_part(inner.w - aside_w - m.px(24));
  const Rect right = inner.right_part(aside_w);
  const int pages = std::max(w.flow(left, story, page), w.flow(right, aside, page));
  return pages;
}

// The back button's label: where Back leads from the cards screen.
std::string back_label(const Place& from, const Words& t) {
  switch (from.screen) {
    case Screen::Timeline: return t(Ui::BackTimeline);
    case Screen::Feedback: return t(Ui::BackQuestion);
    default: return t(Ui::BackHome);
  }
}

// "Quiz me on this", for a card that has questions, unless a round is already in progress
// (the card was opened from its feedback).
std::optional<BarAction> quiz_action(const SceneContext& c) {
  if (c.state.cards_from.screen == Screen::Feedback) return std::nullopt;
  if (c.library->questions_of_card(c.state.card).empty()) return std::nullopt;
  return BarAction{c.text()(Ui::QuizMe), {Command::QuizCard, 0}};
}

}  // namespace

void build_cards(SceneWriter& w, Scene& scene, const SceneContext& c, Rect screen) {
  const Metrics& m = w.metrics();
  const int count = c.library->card_count();
  const int index = c.state.card;
  const std::optional<Card> card = c.library->card(index);
  // Past the first page the card's title has scrolled away: the bar keeps it in view.
  const Words& t = c.text();
  const std::string heading =
      card && c.state.page > 0 ? t.fill(Ui::Continued, {{"title", card->title}}) : t(Ui::Briefings);
  Rect area = nav_bar(w, c, screen, back_label(c.state.cards_from, t), {Command::Back, 0}, heading,
                      quiz_action(c));
  const int bar_h = m.touch() + 2 * m.px(8);
  const Rect bottom = area.bottom_part(bar_h).inset(m.margin(), m.px(8));
  area = area.above(bar_h).inset(m.margin(), m.px(12));

  int pages = 1;
  if (card) {
    pages = draw_card(w, *card, area, c.state.page, t);
  } else {
    w.fitted_text(area, t(Ui::CardUnavailable), {FontRole::Heading}, Colour::MutedText,
                  Align::Centre, VAlign::Middle);
  }
  const int page = std::min(c.state.page, pages - 1);
  scene.page_count = pages;

  const int button_w = std::min(m.px(200), bottom.w / 3);
  const Input previous = page > 0 ? Input{Command::PreviousPage, 0}
                                  : (index > 0 ? Input{Command::PreviousCard, 0} : Input{});
  const Input next = page + 1 < pages ? Input{Command::NextPage, 0}
                                      : (index + 1 < count ? Input{Command::NextCard, 0} : Input{});
  if (previous.command != Command::None) {
    w.button(bottom.left_part(button_w), t(Ui::Previous), previous, ButtonStyle::Secondary);
  }
  if (next.command == Command::NextPage) {
    w.button(bottom.right_part(button_w), t(Ui::More), next, ButtonStyle::Primary);
  } else if (next.command == Command::NextCard) {
    w.button(bottom.right_part(button_w), t(Ui::Next), next, ButtonStyle::Primary);
  }
  const std::string card_at = t.fill(
      Ui::CardPosition, {{"n", std::to_string(index + 1)}, {"total", std::to_string(count)}});
  const std::string page_at =
      pages > 1 ? t.fill(Ui::PagePosition,
                         {{"n", std::to_string(page + 1)}, {"total", std::to_string(pages)}})
                : std::string();
  const Rect where_rect = bottom.inset(button_w + m.gap(), 0);
  std::string where = page_at.empty() ? card_at : card_at + "  \u00B7  " + page_at;
  // Where both do not fit whole (larger text, portrait), the page alone: it says how much of
  // this card is left to read.
  const FittedText both = w.fit_text(where_rect, where, {FontRole::Body, FontRole::Small});
  if (!page_at.empty() && static_cast<int>(w.wrap(where, both.font, where_rect.w).size()) >
                              static_cast<int>(both.lines.size())) {
    where = page_at;
  }
  w.fitted_text(where_rect, where, {FontRole::Body, FontRole::Small}, Colour::MutedText,
                Align::Centre, VAlign::Middle);
  scene.on_next = next;
  scene.on_previous = previous;
  scene.on_back = {Command::Back, 0};
}

}  // namespace kiosk::screens
