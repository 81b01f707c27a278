// Where the front end reports what visitors were shown and answered, without knowing how it
// is kept.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/clock.hpp"

namespace kiosk {

struct ShownEvent {
  std::string question;  // key
  std::string content_version;
};

struct AnswerEvent {
  std::string question;  // key
  std::string content_version;
  std::string choice;  // the text chosen
  bool correct = false;
  Millis answer_ms = 0;  // from the question appearing to the answer
};

class AnswerLog {
 public:
  virtual ~AnswerLog() = default;
  // Both must return at once (a frame is waiting); failures are the log's to handle.
  virtual void shown(const ShownEvent& event) = 0;
  virtual void answered(const AnswerEvent& event) = 0;
  // Lines for the staff panel ("Answers", "1,234 recorded, 61% right").
  virtual std::vector<std::pair<std::string, std::string>> status() const { return {}; }
};

}  // namespace kiosk
