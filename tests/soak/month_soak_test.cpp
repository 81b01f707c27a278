// A month without a restart, shortened for CI (issue 15): visits on the simulated clock, with a
// new file swapped in every simulated hour, nights when the kiosk is closed, and Listen, leave
// memory within 1 MiB of where it was once warmed up, and open files and live textures where
// they were. The full month is soak-bench's.
#include <doctest/doctest.h>

#include "soak/soak_driver.hpp"
#include "store/open.hpp"
#include "store/sqlite.hpp"
#include "support/support.hpp"

using namespace kiosk;

namespace {

// How many visits this build can afford (KIOSK_SOAK_VISITS, set in tests/CMakeLists.txt:
// fewer under the sanitizers and an emulator, where each costs many times more).
constexpr int kVisits = KIOSK_SOAK_VISITS;
// The first fifth warms the kiosk up: every kind of visit, each language, the first swaps, the
// caches filled to their budgets. What it holds after that must not grow by more than the bound.
constexpr int kWarmedUp = kVisits / 5;
constexpr long kBoundKib = 1024;

// What this build can bound (KIOSK_SOAK_BOUND, tests/CMakeLists.txt): resident memory natively;
// the C heap in use under an emulator, whose own code cache counts in the resident figure; under
// the sanitizers neither (ASan holds freed memory back on purpose), and LeakSanitizer checks
// what is left at exit instead.
enum class Bound { Resident = 0, Heap = 1, LeaksAtExit = 2 };
constexpr auto kBound = static_cast<Bound>(KIOSK_SOAK_BOUND);

// Four days, so three nights whatever the number of visits.
constexpr int kDays = 4;

bool has_speech(const std::string& path) {
  const store::DatabaseHandle db = store::open_untrusted(path);
  return store::query_integer(db.get(), "SELECT COUNT(*) FROM speech") > 0;
}

}  // namespace

TEST_CASE("a kiosk left running for a thousand visits keeps its memory, files and textures") {
  test::TempDir dir;
  soak::SoakPlan plan;
  plan.content = KIOSK_BUNDLED_DB;
  plan.work_dir = dir.file("soak");
  plan.visits = kVisits;
  plan.sample_after = {kWarmedUp, kVisits};
  plan.languages = soak::Languages::Several;
  plan.visits_a_day = kVisits / kDays;
  const soak::SoakResult r = soak::run_soak(plan);
  INFO(r.errors);
  REQUIRE(r.exit == ui::AppExit::Ok);
  CHECK(r.visits == kVisits);
  CHECK(r.swaps == kVisits / plan.visits_an_hour);
  CHECK(r.content_loads == 1 + r.swaps);  // every file swapped in was taken
  CHECK(r.closings == kDays - 1);         // every night between the days
  // A card and a question in one visit of eight; a clip that ends in real time before the
  // simulated wait does (a slow emulator) makes the second key start it again, never fewer.
  if (has_speech(plan.content)) CHECK(r.listens >= 2 * ((kVisits + 5) / 8));
  REQUIRE(r.samples.size() == 2);
  const soak::SoakSample& first = r.samples.front();
  const soak::SoakSample& last = r.samples.back();
  MESSAGE("after " << first.visits << " visits RSS " << first.rss_kib << " KiB, heap "
                   << first.heap_kib << " KiB; after " << last.visits << ": " << last.rss_kib
                   << ", " << last.heap_kib << "; " << r.closings << " nights, " << r.listens
                   << " texts read aloud");
  if (kBound == Bound::Resident) CHECK(last.rss_kib - first.rss_kib <= kBoundKib);
  if (kBound == Bound::Heap) CHECK(last.heap_kib - first.heap_kib <= kBoundKib);
  CHECK(last.open_fds == first.open_fds);
  // The text cache holds 110 to 160 textures at a visit's end, by what it drew last; one lost
  // a visit would be hundreds more.
  CHECK(last.textures < first.textures + 100);
}
