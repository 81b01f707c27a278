// The paged text flow: whole blocks move to the next page rather than split, when they can.
#include "core/screens/writer.hpp"

#include <doctest/doctest.h>

#include "support/support.hpp"

using namespace kiosk;
using namespace kiosk::screens;

namespace {

// 10 px a character, 20 px a line: a 100 px wide column holds 10 characters a line.
struct Flow {
  Scene scene;
  test::FakeMetrics text;
  Metrics metrics{Size{800, 480}};
  SceneWriter writer{scene, metrics, text};

  std::vector<std::string> page(const std::vector<FlowBlock>& blocks, int height, int n,
                                int& pages) {
    scene.widgets.clear();
    pages = writer.flow({0, 0, 100, height}, blocks, n);
    std::vector<std::string> lines;
    for (const Widget& w : scene.widgets) {
      if (w.kind == WidgetKind::Text) lines.push_back(w.text);
    }
    return lines;
  }
};

FlowBlock block(const std::string& text) { return {text, FontRole::Body, Colour::Text, {}, {}, 0}; }

}  // namespace

TEST_CASE("a paragraph that fits a fresh page is moved there instead of being split") {
  Flow f;
  int pages = 0;
  // Column: three lines high. Each block: two lines.
  const std::vector<FlowBlock> blocks{block("aaaa bbbb cccc"), block("dddd eeee ffff")};
  CHECK(f.page(blocks, 60, 0, pages) == std::vector<std::string>{"aaaa bbbb", "cccc"});
  CHECK(pages == 2);
  CHECK(f.page(blocks, 60, 1, pages) == std::vector<std::string>{"dddd eeee", "ffff"});
}

TEST_CASE("a paragraph longer than a page is split across pages") {
  Flow f;
  int pages = 0;
  const std::vector<FlowBlock> blocks{block("aaa bbb ccc ddd eee fff ggg hhh")};  // 4 lines of 10
  CHECK(f.page(blocks, 60, 0, pages).size() == 3);
  CHECK(pages == 2);
  CHECK(f.page(blocks, 60, 1, pages) == std::vector<std::string>{"ggg hhh"});
}

TEST_CASE("a heading kept with the next block moves with it") {
  Flow f;
  int pages = 0;
  FlowBlock heading = block("Title");
  heading.keep_with_next = true;
  const std::vector<FlowBlock> blocks{block("aaaa bbbb cccc"), heading, block("dddd eeee ffff")};
  // Five lines high: 2 + 1 + 2 lines fit on one page.
  CHECK(f.page(blocks, 100, 0, pages).size() == 5);
  // Four lines high: the heading would be left alone at the bottom, so it moves with its text.
  CHECK(f.page(blocks, 80, 0, pages) == std::vector<std::string>{"aaaa bbbb", "cccc"});
  CHECK(f.page(blocks, 80, 1, pages) == std::vector<std::string>{"Title", "dddd eeee", "ffff"});
}

TEST_CASE("a block kept with the one before it stays on its page even when the pair is too tall") {
  Flow f;
  int pages = 0;
  FlowBlock quote = block("aaaa bbbb cccc dddd eeee");  // three lines
  quote.keep_with_next = true;
  FlowBlock speaker = block("Who");
  speaker.keep_with_next = true;
  const std::vector<FlowBlock> blocks{quote, speaker, block("ffff gggg hhhh iiii jjjj")};
  // Four lines high: the chain (seven lines) fits no page, so it is split inside the last
  // block, never between the quote and its speaker.
  CHECK(f.page(blocks, 80, 0, pages) ==
        std::vector<std::string>{"aaaa bbbb", "cccc dddd", "eeee", "Who"});
  CHECK(f.page(blocks, 80, 1, pages).front() == "ffff gggg");
}

TEST_CASE("a block with a word wider than the column is set in the small font") {
  Flow f;
  int pages = 0;
  // "соответствующие" is 15 characters: 150 px in a 100 px column.
  f.page({block("и у нас соответствующие планы"), block("short words only")}, 400, 0, pages);
  std::vector<FontRole> fonts;
  for (const Widget& w : f.scene.widgets) {
    if (w.kind == WidgetKind::Text) fonts.push_back(w.font);
  }
  REQUIRE(fonts.size() >= 3);
  CHECK(fonts.front() == FontRole::Small);
  CHECK(fonts.back() == FontRole::Body);
}

TEST_CASE("a button takes a smaller font rather than cut a word between letters") {
  Flow f;
  // "Беларуская" is 100 px; the label has 80 px across and room for two lines.
  f.writer.button({0, 0, 80 + 2 * f.metrics.px(10), 60}, "Беларуская", {Command::ChooseLanguage, 2},
                  ButtonStyle::Secondary);
  std::vector<FontRole> fonts;
  for (const Widget& w : f.scene.widgets) {
    if (w.kind == WidgetKind::Text) fonts.push_back(w.font);
  }
  REQUIRE_FALSE(fonts.empty());
  CHECK(fonts.front() == FontRole::Small);
}
