// The stats database: every question shown and answer given, kept in the kiosk's state
// directory, never in the content file.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/answer_log.hpp"
#include "store/sqlite.hpp"

namespace kiosk {
extern const char* const kStatsSql;
}

namespace kiosk::store {

class StatsDb {
 public:
  // Opens (creating if needed) the stats database at `path`, in WAL mode with full sync. A file
  // with another schema version is set aside as PATH.vN and a new one started. Throws
  // StoreError when it cannot be opened or written (read-only file system, disk full).
  static std::unique_ptr<StatsDb> open(const std::string& path);

  // The most its page cache holds (KiB): a kiosk's memory must not grow with the answers on
  // record.
  static constexpr int kCacheKib = 256;

  // Each is one committed transaction: when it returns, the record survives a power cut.
  // Throws StoreError.
  void record(const ShownEvent& event);
  void record(const AnswerEvent& event);

  sqlite3* handle() const { return db_.get(); }

 private:
  explicit StatsDb(DatabaseHandle db);
  DatabaseHandle db_;
  std::unique_ptr<Statement> insert_shown_;
  std::unique_ptr<Statement> insert_answer_;
};

struct QuestionStats {
  std::string question;
  std::string content_version;  // of the content it came from: a reworded question counts apart
  std::int64_t shown = 0;
  std::int64_t answered = 0;
  std::int64_t correct = 0;
  std::string most_picked_wrong;  // "" when nobody answered wrongly
  std::int64_t most_picked_wrong_count = 0;
  std::map<std::string, std::int64_t> wrong_picks;  // every wrong answer chosen, and how often
  double correct_share() const { return answered == 0 ? 0.0 : double(correct) / double(answered); }
};

struct StatsSummary {
  std::int64_t shown = 0;
  std::int64_t answers = 0;
  std::int64_t correct = 0;
};

// Per question and content version, hardest (lowest correct share) first. Throws StoreError.
std::vector<QuestionStats> question_stats(sqlite3* db);
// The rows of several kiosks added up per question and content version (shown, answered,
// correct and each wrong answer's picks summed; the most picked wrong answer taken from the
// sums), hardest first.
std::vector<QuestionStats> add_up(const std::vector<std::vector<QuestionStats>>& kiosks);
StatsSummary stats_summary(sqlite3* db);

// The current time as ISO 8601 UTC with milliseconds.
std::string utc_now();

}  // namespace kiosk::store
