// Recording answers to the stats database on a thread of its own, so a slow SD card never
// holds up a frame, and a full or read-only disk never stops the kiosk.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <iosfwd>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <variant>

#include "core/answer_log.hpp"

namespace kiosk::store {
class StatsDb;
}

namespace kiosk::app {

class AnswerRecorder final : public AnswerLog {
 public:
  // Opens (or creates) `path` on the writer thread. Problems are reported once each on `log`.
  AnswerRecorder(std::string path, std::ostream& log);
  ~AnswerRecorder() override;  // writes what is queued, then stops
  AnswerRecorder(const AnswerRecorder&) = delete;
  AnswerRecorder& operator=(const AnswerRecorder&) = delete;

  void shown(const ShownEvent& event) override;
  void answered(const AnswerEvent& event) override;
  std::vector<std::pair<std::string, std::string>> status() const override;

  // Blocks until everything queued so far is written (or failed). For tests and shutdown.
  void flush();

 private:
  using Record = std::variant<ShownEvent, AnswerEvent>;
  void push(Record record);
  void run();
  void write(const Record& record);

  std::string path_;
  std::ostream& log_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Record> queue_;
  bool stopping_ = false;
  std::size_t in_flight_ = 0;
  std::unique_ptr<store::StatsDb> db_;
  std::string problem_;       // the last failure, "" when writing works
  std::int64_t answers_ = 0;  // on record (read when the file is opened, then counted)
  std::int64_t correct_ = 0;
  std::thread thread_;
};

}  // namespace kiosk::app
