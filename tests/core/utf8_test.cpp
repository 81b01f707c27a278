// UTF-8 validation and repair.
#include "core/utf8.hpp"

#include <doctest/doctest.h>

using namespace kiosk;

TEST_CASE("well-formed UTF-8 is accepted") {
  CHECK(utf8::is_valid("plain ASCII"));
  CHECK(utf8::is_valid("Viačorka, Лукашенко, \u201Cquotes\u201D \u2014 \U0001F680"));
}

TEST_CASE("malformed sequences are found at their byte offset") {
  CHECK(utf8::first_invalid("ab\xC3") == 2);            // truncated
  CHECK(utf8::first_invalid("\xC0\xAF") == 0);          // overlong '/'
  CHECK(utf8::first_invalid("x\xED\xA0\x80") == 1);     // UTF-16 surrogate
  CHECK(utf8::first_invalid("\xF4\x90\x80\x80") == 0);  // above U+10FFFF
  CHECK(utf8::first_invalid("\x80") == 0);              // lone continuation
}

TEST_CASE("sanitising replaces each bad byte and keeps the rest") {
  CHECK(utf8::sanitise("a\xFF"
                       "b") ==
        "a\uFFFD"
        "b");
  CHECK(utf8::sanitise("ok") == "ok");
  CHECK(utf8::is_valid(utf8::sanitise("\xC3\x28\xA0\xA1\xE2\x28\xA1")));
}

TEST_CASE("code points are counted, not bytes") {
  CHECK(utf8::count_code_points("Лука") == 4);
  CHECK(utf8::count_code_points("\U0001F680") == 1);
}
