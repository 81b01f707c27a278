// The stats writer thread.
#include "app/answer_recorder.hpp"

#include <sys/statvfs.h>

#include <filesystem>
#include <ostream>

#include "store/stats.hpp"

namespace kiosk::app {

AnswerRecorder::AnswerRecorder(std::string path, std::ostream& log)
    : path_(std::move(path)), log_(log), thread_([this] { run(); }) {}

AnswerRecorder::~AnswerRecorder() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void AnswerRecorder::shown(const ShownEvent& event) { push(event); }
void AnswerRecorder::answered(const AnswerEvent& event) { push(event); }

void AnswerRecorder::push(Record record) {
  {
    const std::lock_guard lock(mutex_);
    queue_.push_back(std::move(record));
  }
  changed_.notify_all();
}

void AnswerRecorder::flush() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return queue_.empty() && in_flight_ == 0; });
}

std::vector<std::pair<std::string, std::string>> AnswerRecorder::status() const {
  const std::lock_guard lock(mutex_);
  std::vector<std::pair<std::string, std::string>> rows{{"Stats", path_}};
  if (!problem_.empty()) {
    rows.emplace_back("Stats problem", problem_ + " (the kiosk goes on without recording)");
  }
  const std::int64_t share = answers_ == 0 ? 0 : (correct_ * 100 + answers_ / 2) / answers_;
  rows.emplace_back("Answers recorded",
                    std::to_string(answers_) + ", " + std::to_string(share) + "% right");
  struct statvfs disk {};
  const std::string dir = std::filesystem::path(path_).parent_path().string();
  if (::statvfs(dir.empty() ? "." : dir.c_str(), &disk) == 0) {
    const auto free_mb =
        static_cast<unsigned long long>(disk.f_bavail) * disk.f_frsize / (1024 * 1024);
    rows.emplace_back("Free disk", std::to_string(free_mb) + " MB in " + (dir.empty() ? "." : dir));
  }
  return rows;
}

void AnswerRecorder::run() {
  std::unique_lock lock(mutex_);
  for (;;) {
    changed_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (queue_.empty() && stopping_) return;
    Record record = std::move(queue_.front());
    queue_.pop_front();
    ++in_flight_;
    lock.unlock();
    write(record);  // the slow part, with nobody waiting on the lock
    lock.lock();
    --in_flight_;
    changed_.notify_all();
  }
}

void AnswerRecorder::write(const Record& record) {
  std::string failure;
  try {
    if (!db_) {
      db_ = store::StatsDb::open(path_);
      const store::StatsSummary all = store::stats_summary(db_->handle());
      const std::lock_guard lock(mutex_);
      answers_ = all.answers;  // the panel shows every answer on record, not just today's
      correct_ = all.correct;
    }
    std::visit([this](const auto& r) { db_->record(r); }, record);
  } catch (const store::StoreError& e) {
    failure = e.what();
    db_.reset();  // try opening afresh next time: the disk may have room again
  }
  const std::lock_guard lock(mutex_);
  if (failure.empty()) {
    problem_.clear();
    if (const auto* answer = std::get_if<AnswerEvent>(&record)) {
      ++answers_;
      correct_ += answer->correct ? 1 : 0;
    }
  } else if (failure != problem_) {
    problem_ = failure;
    log_ << "kiosk: cannot record stats: " << failure << " (going on without)" << std::endl;
  }
}

}  // namespace kiosk::app
