// Opening untrusted content: read-only, hardened, and with a small page cache.
#include "store/open.hpp"

#include <doctest/doctest.h>

#include "store/sqlite.hpp"
#include "store/store_support.hpp"

using namespace kiosk;

TEST_CASE("an untrusted file is opened read-only with a page cache of 256 KiB, not 2 MiB") {
  const test::TempDir dir;
  test::write_fixture_db(dir.file("c.db"));
  const store::DatabaseHandle db = store::open_untrusted(dir.file("c.db"));
  CHECK(store::query_integer(db.get(), "PRAGMA cache_size") == -256);
  CHECK(store::query_integer(db.get(), "PRAGMA query_only") == 1);
  CHECK(store::query_integer(db.get(), "PRAGMA mmap_size") == 0);
  CHECK_THROWS_AS(store::exec(db.get(), "DELETE FROM card"), store::StoreError);
}
