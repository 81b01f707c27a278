// The whole content of a database as JSON, for curators' review and other tools.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "store/sqlite.hpp"

namespace kiosk::store {

// {"meta":{...},"cards":[...],"questions":[...],"sources":[...],"entities":[...],
//  "facts":[...],"quotes":[...]} in the database's default language. Each question carries
// all its choices (the correct one and the whole pool of wrong ones), its sources, and the
// fact or quote it tests with that item's sources and evidence. Throws StoreError.
nlohmann::ordered_json export_content(sqlite3* db);

}  // namespace kiosk::store
