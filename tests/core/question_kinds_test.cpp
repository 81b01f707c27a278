// The one list of question kinds: every kind of the enum, each with its own stored name.
#include "core/question_kinds.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string_view>

using namespace kiosk;

TEST_CASE("the kind list holds every kind of the enum, in its order") {
  REQUIRE(kQuestionKinds.size() == 7);
  CHECK(kQuestionKinds.front() == QuestionKind::Who);
  CHECK(kQuestionKinds[4] == QuestionKind::HowMany);
  CHECK(kQuestionKinds.back() == QuestionKind::TrueFalse);
  CHECK_FALSE(is_question_kind(static_cast<QuestionKind>(kQuestionKinds.size())));
}

TEST_CASE("every kind has its own name, and the name leads back to the kind") {
  std::set<std::string_view> names;
  for (const QuestionKind kind : kQuestionKinds) {
    const std::string_view name = kind_name(kind);
    CAPTURE(name);
    CHECK(name != "?");
    CHECK(kind_from_name(name) == kind);
    names.insert(name);
  }
  CHECK(names.size() == kQuestionKinds.size());
}
