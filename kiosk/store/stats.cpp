// Recording and summarising answers in the stats database.
#include "store/stats.hpp"

#include "store/schema.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>

namespace kiosk::store {
namespace {

int stats_version() {
  static const int version = user_version_of(kStatsSql);
  return version;
}

DatabaseHandle open_writable(const std::string& path) {
  sqlite3* raw = nullptr;
  const int rc =
      sqlite3_open_v2(path.c_str(), &raw,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  DatabaseHandle db(raw);
  if (rc != SQLITE_OK) {
    throw StoreError("cannot open stats '" + path +
                     "': " + (db ? sqlite3_errmsg(db.get()) : sqlite3_errstr(rc)));
  }
  sqlite3_busy_timeout(db.get(), 2000);
  return db;
}

}  // namespace

std::string utc_now() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[80];
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                static_cast<int>(ms));
  return text;
}

std::unique_ptr<StatsDb> StatsDb::open(const std::string& path) {
  DatabaseHandle db = open_writable(path);
  const auto version = query_integer(db.get(), "PRAGMA user_version");
  if (version != 0 && version != stats_version()) {
    // Written by another version of the kiosk: keep it for a person to look at, start afresh.
    db.reset();
    const std::string kept = path + ".v" + std::to_string(version);
    std::rename(path.c_str(), kept.c_str());
    db = open_writable(path);
  }
  exec(db.get(), "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
  // Inserts reach every page of the by-question indexes in turn, so SQLite's page cache
  // (2 MiB by default) would fill over weeks of visits; appending needs a few pages only.
  exec(db.get(), "PRAGMA cache_size = -" + std::to_string(kCacheKib));
  exec(db.get(), kStatsSql);
  return std::unique_ptr<StatsDb>(new StatsDb(std::move(db)));
}

StatsDb::StatsDb(DatabaseHandle db) : db_(std::move(db)) {
  insert_shown_ = std::make_unique<Statement>(
      db_.get(), "INSERT INTO shown(question, content_version, shown_at) VALUES (?, ?, ?)");
  insert_answer_ = std::make_unique<Statement>(
      db_.get(),
      "INSERT INTO answer(question, content_version, choice, correct, answer_ms, "
      "answered_at) VALUES (?, ?, ?, ?, ?, ?)");
}

void StatsDb::record(const ShownEvent& e) {
  insert_shown_->bind(1, std::string_view(e.question))
      .bind(2, std::string_view(e.content_version))
      .bind(3, std::string_view(utc_now()));
  insert_shown_->run();
}

void StatsDb::record(const AnswerEvent& e) {
  insert_answer_->bind(1, std::string_view(e.question))
      .bind(2, std::string_view(e.content_version))
      .bind(3, std::string_view(e.choice))
      .bind(4, std::int64_t{e.correct ? 1 : 0})
      .bind(5, std::int64_t{e.answer_ms})
      .bind(6, std::string_view(utc_now()));
  insert_answer_->run();
}

namespace {

using StatsKey = std::pair<std::string, std::string>;  // question, content version

// Hardest first: questions answered before those never answered, then by the share correct;
// the most picked wrong answer is set from the counts.
std::vector<QuestionStats> ranked(std::map<StatsKey, QuestionStats>& by_key) {
  std::vector<QuestionStats> out;
  for (auto& [key, q] : by_key) {
    q.question = key.first;
    q.content_version = key.second;
    q.most_picked_wrong.clear();
    q.most_picked_wrong_count = 0;
    for (const auto& [choice, n] : q.wrong_picks) {  // in choice order: ties go to the first
      if (n > q.most_picked_wrong_count) {
        q.most_picked_wrong = choice;
        q.most_picked_wrong_count = n;
      }
    }
    out.push_back(q);
  }
  std::stable_sort(out.begin(), out.end(), [](const QuestionStats& a, const QuestionStats& b) {
    if ((a.answered == 0) != (b.answered == 0)) return a.answered != 0;
    return a.correct_share() < b.correct_share();
  });
  return out;
}

}  // namespace

std::vector<QuestionStats> question_stats(sqlite3* db) {
  std::map<StatsKey, QuestionStats> by_key;
  Statement shown(db,
                  "SELECT question, content_version, COUNT(*) FROM shown GROUP BY question, "
                  "content_version");
  while (shown.step()) by_key[{shown.text(0), shown.text(1)}].shown = shown.integer(2);
  Statement answers(db,
                    "SELECT question, content_version, COUNT(*), SUM(correct) FROM answer "
                    "GROUP BY question, content_version");
  while (answers.step()) {
    QuestionStats& q = by_key[{answers.text(0), answers.text(1)}];
    q.answered = answers.integer(2);
    q.correct = answers.integer(3);
  }
  Statement wrong(db,
                  "SELECT question, content_version, choice, COUNT(*) FROM answer "
                  "WHERE correct = 0 GROUP BY question, content_version, choice");
  while (wrong.step()) {
    by_key[{wrong.text(0), wrong.text(1)}].wrong_picks[wrong.text(2)] = wrong.integer(3);
  }
  return ranked(by_key);
}

std::vector<QuestionStats> add_up(const std::vector<std::vector<QuestionStats>>& kiosks) {
  std::map<StatsKey, QuestionStats> by_key;
  for (const std::vector<QuestionStats>& rows : kiosks) {
    for (const QuestionStats& row : rows) {
      QuestionStats& sum = by_key[{row.question, row.content_version}];
      sum.shown += row.shown;
      sum.answered += row.answered;
      sum.correct += row.correct;
      for (const auto& [choice, n] : row.wrong_picks) sum.wrong_picks[choice] += n;
    }
  }
  return ranked(by_key);
}

StatsSummary stats_summary(sqlite3* db) {
  StatsSummary s;
  s.shown = query_integer(db, "SELECT COUNT(*) FROM shown");
  s.answers = query_integer(db, "SELECT COUNT(*) FROM answer");
  s.correct = query_integer(db, "SELECT COALESCE(SUM(correct), 0) FROM answer");
  return s;
}

}  // namespace kiosk::store
