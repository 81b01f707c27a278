// The compiled-in db/schema.sql and what follows from it.
#pragma once

#include <map>
#include <set>
#include <string>

namespace kiosk {
extern const char* const kSchemaSql;
}

namespace kiosk::store {

// The `PRAGMA user_version` that a schema's SQL text sets.
int user_version_of(const char* sql);

// The `PRAGMA user_version` that db/schema.sql sets: the only version this build reads.
int schema_version();

// Table name -> column names, as db/schema.sql defines them.
const std::map<std::string, std::set<std::string>>& schema_tables();

}  // namespace kiosk::store
