// How sources are credited on screen.
#include "core/wording.hpp"

#include <doctest/doctest.h>

using namespace kiosk;

TEST_CASE("a source is credited with its date, marked when inferred, or as undated") {
  model::Source dated;
  dated.outlet = "TASS";
  dated.date = model::DateValue{*parse_iso_date("2024-04-11"), DateInference::YearInferred, "r"};
  CHECK(model::source_label(dated) == "TASS, April 11, 2024 (year inferred)");
  model::Source inferred;
  inferred.outlet = "Newsweek";
  inferred.date = model::DateValue{*parse_iso_date("2022-12"), DateInference::WhollyInferred, "r"};
  CHECK(model::source_label(inferred) == "Newsweek, December 2022 (date inferred)");
  model::Source undated;
  undated.outlet = "DEA News";
  CHECK(model::source_label(undated) == "DEA News, undated");
}
