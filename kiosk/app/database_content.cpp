// Loading a database file through the store's checked open.
#include "app/database_content.hpp"

#include "store/sqlite_library.hpp"

namespace kiosk::app {

ContentLoad DatabaseContent::load() {
  store::LoadResult result = store::SqliteLibrary::open(path_);
  ContentLoad load;
  if (result.library) {
    load.library = std::move(result.library);
  } else {
    load.problem = result.report.reason();
  }
  return load;
}

}  // namespace kiosk::app
