// Google Benchmark of the core's hot paths: what runs on every state change.
#include <benchmark/benchmark.h>

#include <string>

#include "core/quiz.hpp"
#include "core/screens/screens.hpp"
#include "core/text_layout.hpp"
#include "core/utf8.hpp"

namespace {

using namespace kiosk;

class TenPx final : public TextMetrics {
 public:
  int width(FontRole, std::string_view text) const override {
    return 10 * static_cast<int>(utf8::count_code_points(text));
  }
  int line_height(FontRole) const override { return 25; }
};

const std::string kParagraph =
    "In December 2022, Vladimir Putin travelled to Minsk with a group of senior Russian officials "
    "for talks with Alexander Lukashenko. The day included a meeting of both governments and a "
    "private conversation between the two presidents, on trade, energy and space.";

MemoryLibrary library(int questions) {
  std::vector<Question> qs;
  for (int i = 0; i < questions; ++i) {
    Question q;
    q.id = i + 1;
    q.prompt = "Question " + std::to_string(i) + ": who was it?";
    q.explanation = kParagraph;
    q.choices = {{"Right", true},
                 {"Wrong A", false},
                 {"Wrong B", false},
                 {"Wrong C", false},
                 {"Wrong D", false}};
    qs.push_back(q);
  }
  Card c;
  c.title = "Putin visits Minsk";
  c.date_label = "December 2022 (date inferred)";
  c.body = kParagraph + "\n\n" + kParagraph;
  c.sources = {"Newsweek, December 2022 (date inferred)"};
  return MemoryLibrary({"Title", "", "1", "", "en", "en"}, {c, c}, qs, {"A fact."});
}

void BM_BreakLines(benchmark::State& state) {
  const MeasureText measure = [](std::string_view s) {
    return 10 * static_cast<int>(utf8::count_code_points(s));
  };
  for ([[maybe_unused]] auto _ : state)
    benchmark::DoNotOptimize(break_lines(kParagraph, 700, measure));
}
BENCHMARK(BM_BreakLines);

void BM_StartRound(benchmark::State& state) {
  const MemoryLibrary lib = library(static_cast<int>(state.range(0)));
  Random random(1);
  for ([[maybe_unused]] auto _ : state) benchmark::DoNotOptimize(start_round(lib, 5, random));
}
BENCHMARK(BM_StartRound)->Arg(100)->Arg(10000);

void BM_BuildCardScene(benchmark::State& state) {
  const MemoryLibrary lib = library(10);
  VisitState s = start_visit(0, Random(1));
  s.screen = Screen::Cards;
  const TenPx text;
  for ([[maybe_unused]] auto _ : state) {
    benchmark::DoNotOptimize(
        build_scene({s, &lib, 0, 5, {}},
                    {static_cast<int>(state.range(0)), static_cast<int>(state.range(1))}, text));
  }
}
BENCHMARK(BM_BuildCardScene)->Args({800, 480})->Args({1920, 1080});

void BM_BuildQuestionScene(benchmark::State& state) {
  const MemoryLibrary lib = library(10);
  VisitState s = start_visit(0, Random(1));
  handle(s, {Command::Begin, 0}, 0, lib, {});
  handle(s, {Command::OpenQuiz, 0}, 0, lib, {});
  const TenPx text;
  for ([[maybe_unused]] auto _ : state)
    benchmark::DoNotOptimize(build_scene({s, &lib, 0, 5, {}}, {800, 480}, text));
}
BENCHMARK(BM_BuildQuestionScene);

}  // namespace

BENCHMARK_MAIN();
