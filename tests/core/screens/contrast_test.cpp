// Every text on every screen against what it is drawn on, in both palettes (WCAG 2.2 1.4.3, 1.4.6).
#include <doctest/doctest.h>

#include "core/screens/scene_invariants.hpp"

using namespace kiosk;

namespace {

// What a text widget is seen against: every fill under its centre, from the page up,
// translucent ones (a dialog's scrim) blended over what lies beneath.
Rgba background_of(const Scene& scene, std::size_t text, Contrast contrast) {
  const Point at = scene.widgets[text].rect.centre();
  Rgba seen = rgba(Colour::Background, contrast);
  for (std::size_t i = 0; i < text; ++i) {
    const Widget& w = scene.widgets[i];
    if (w.kind == WidgetKind::Text || !w.rect.contains(at)) continue;
    seen = composite(rgba(w.colour, contrast), seen);
  }
  return seen;
}

// The least contrast ratio of any text in `scene`, and the text that has it.
struct Worst {
  double ratio = 21;
  std::string text;
};

Worst worst_text(const Scene& scene) {
  Worst worst;
  for (std::size_t i = 0; i < scene.widgets.size(); ++i) {
    const Widget& w = scene.widgets[i];
    if (w.kind != WidgetKind::Text || w.text.empty()) continue;
    const double ratio =
        contrast_ratio(rgba(w.colour, scene.contrast), background_of(scene, i, scene.contrast));
    if (ratio < worst.ratio) worst = {ratio, w.text};
  }
  return worst;
}

// Every screen of `library` in `contrast`, at every size and text size.
template <typename Check>
void every_scene(const ContentLibrary& library, Contrast contrast, Check check) {
  const test::FakeMetrics text;
  for (const TextSize text_size : test::kTextSizes) {
    for (const Size size : test::kScreenSizes) {
      for (test::NamedState s : test::with_text_size(test::every_screen(library), text_size)) {
        s.state.display.contrast = contrast;
        CAPTURE(s.name);
        CAPTURE(size.w);
        check(build_scene({s.state, &library, s.still_there_seconds, 5, {}}, size, text));
      }
    }
  }
}

}  // namespace

TEST_CASE("contrast ratios are computed as WCAG 2.2 defines them") {
  CHECK(contrast_ratio({0, 0, 0, 255}, {255, 255, 255, 255}) == doctest::Approx(21.0));
  CHECK(contrast_ratio({119, 119, 119, 255}, {255, 255, 255, 255}) ==
        doctest::Approx(4.48).epsilon(0.01));  // #777 on white: just under AA
  CHECK(contrast_ratio({10, 20, 30, 255}, {10, 20, 30, 255}) == doctest::Approx(1.0));
  CHECK(composite({0, 0, 0, 128}, {255, 255, 255, 255}) == Rgba{127, 127, 127, 255});
}

TEST_CASE("in the standard palette every text reaches 4.5:1 on every screen") {
  const MemoryLibrary library = test::sample_library();
  every_scene(library, Contrast::Standard, [](const Scene& scene) {
    const Worst worst = worst_text(scene);
    CAPTURE(worst.text);
    CHECK(worst.ratio >= 4.5);
  });
}

TEST_CASE("in the high-contrast palette every text reaches 7:1 on every screen") {
  const MemoryLibrary library = test::sample_library();
  every_scene(library, Contrast::High, [](const Scene& scene) {
    CHECK(scene.contrast == Contrast::High);
    const Worst worst = worst_text(scene);
    CAPTURE(worst.text);
    CHECK(worst.ratio >= 7.0);
  });
}

TEST_CASE("every pair of text and fill colours the screens use, in each palette") {
  // The inks text is drawn in, and the fills it is drawn on; a pair not on any screen today
  // may be tomorrow, so all of them are held to the standard.
  const Colour inks[] = {Colour::Text, Colour::MutedText, Colour::Accent, Colour::SuccessInk,
                         Colour::DangerInk};
  const Colour fills[] = {Colour::Background, Colour::Surface, Colour::Raised, Colour::Dimmed};
  for (const Contrast contrast : {Contrast::Standard, Contrast::High}) {
    const double least = contrast == Contrast::High ? 7.0 : 4.5;
    for (const Colour ink : inks) {
      for (const Colour fill : fills) {
        CAPTURE(static_cast<int>(ink));
        CAPTURE(static_cast<int>(fill));
        CHECK(contrast_ratio(rgba(ink, contrast), rgba(fill, contrast)) >= least);
      }
    }
    // Text on the strong fills: the primary button, the right and wrong answers, accent.
    for (const Colour fill : {Colour::RaisedStrong, Colour::Success, Colour::Danger}) {
      CHECK(contrast_ratio(rgba(Colour::Text, contrast), rgba(fill, contrast)) >= least);
    }
    CHECK(contrast_ratio(rgba(Colour::OnAccent, contrast), rgba(Colour::Accent, contrast)) >=
          least);
  }
}
