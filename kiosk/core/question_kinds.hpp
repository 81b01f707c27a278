// Every question kind, listed once, from the enum itself: the store's check and kiosk-db synth
// take the kinds from here, and tests hold db/schema.sql's CHECK and the core's names to it.
#pragma once

#include <array>
#include <cstddef>

#include "core/content.hpp"

namespace kiosk {

// Whether `kind` is one of the enum's kinds. No default: a kind added to the enum and not here
// makes -Wswitch name this function; once added here it is in kQuestionKinds too.
constexpr bool is_question_kind(QuestionKind kind) {
  switch (kind) {
    case QuestionKind::Who:
    case QuestionKind::What:
    case QuestionKind::When:
    case QuestionKind::Where:
    case QuestionKind::HowMany:
    case QuestionKind::WhoSaid:
    case QuestionKind::TrueFalse: return true;
  }
  return false;
}

// How many kinds there are (the enum counts from 0 without gaps).
inline constexpr std::size_t kQuestionKindCount = [] {
  int count = 0;
  while (is_question_kind(static_cast<QuestionKind>(count))) ++count;
  return static_cast<std::size_t>(count);
}();

// Every QuestionKind, in the enum's order.
inline constexpr std::array<QuestionKind, kQuestionKindCount> kQuestionKinds = [] {
  std::array<QuestionKind, kQuestionKindCount> kinds{};
  for (std::size_t i = 0; i < kinds.size(); ++i) kinds[i] = static_cast<QuestionKind>(i);
  return kinds;
}();

}  // namespace kiosk
