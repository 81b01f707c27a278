// The compiled-in db/schema.sql and what follows from it.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/content_limits.hpp"

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

// Whether a reference may be NULL (no row referred to).
using limits::Presence;  // one enum for "may this be NULL?" (core/content_limits.hpp)

// One foreign key of db/schema.sql: `columns` of `table` refer to `parent_columns` of `parent`.
struct ForeignKey {
  std::string table;
  std::vector<std::string> columns;
  std::string parent;
  std::vector<std::string> parent_columns;  // in the same order as `columns`
  Presence presence = Presence::Required;   // Optional when any of `columns` may be NULL
};

// Every foreign key db/schema.sql declares, table by table in the order it creates them.
const std::vector<ForeignKey>& schema_foreign_keys();

}  // namespace kiosk::store
