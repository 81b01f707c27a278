// The whole content of a database as JSON, for curators' review and other tools.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "store/sqlite.hpp"

namespace kiosk::store {

// {"meta":{...},"cards":[...],"questions":[...],"sources":[...],"entities":[...],
//  "facts":[...],"quotes":[...]} in `language` ("" = the database's default; meta.languages
// lists every language, meta.language the one exported). Each question carries all its
// choices (the correct one and the whole pool of wrong ones), its sources, and the fact or
// quote it tests with that item's sources and evidence. An item with no text in `language`
// has null text. Throws StoreError, also for a language the file does not have.
nlohmann::ordered_json export_content(sqlite3* db, const std::string& language = "");

}  // namespace kiosk::store
