// Recognising the staff gesture; the staff panel's lines about the content.
#include "core/staff.hpp"

#include <cstdlib>

#include "core/theme.hpp"

namespace kiosk {
namespace {

// Which corner a point is in (0..3), or -1: a square one touch target wide.
int corner_of(Point p, Size screen, int size) {
  const bool left = p.x < size;
  const bool right = p.x >= screen.w - size;
  const bool top = p.y < size;
  const bool bottom = p.y >= screen.h - size;
  if (top && left) return 0;
  if (top && right) return 1;
  if (bottom && right) return 2;
  if (bottom && left) return 3;
  return -1;
}

}  // namespace

StaffGesture staff_gesture(VisitState& state, Point down, Point up, Millis pressed_for, Millis now,
                           Size screen) {
  const Metrics m(screen);
  const int corner = corner_of(down, screen, m.touch());
  const bool still =
      std::abs(up.x - down.x) <= m.touch() / 3 && std::abs(up.y - down.y) <= m.touch() / 3;
  if (state.staff_armed_at && now - *state.staff_armed_at <= kStaffArmedFor && still &&
      corner_of(down, screen, m.touch()) == -1) {
    state.staff_armed_at.reset();
    return StaffGesture::Opened;
  }
  if (corner >= 0 && still && pressed_for >= kStaffLongPress) {
    state.staff_armed_at = now;
    return StaffGesture::Armed;
  }
  if (state.staff_armed_at && now - *state.staff_armed_at > kStaffArmedFor)
    state.staff_armed_at.reset();
  return StaffGesture::None;
}

StaffRows content_staff_rows(const ContentLibrary* library) {
  if (library == nullptr) return {{"Content", "none loaded"}};
  const ContentMeta& meta = library->meta();
  const std::string questions = std::to_string(library->question_count());
  return {{"Content", meta.title + ", version " + meta.content_version},
          {"Built", meta.build_time},
          {"Holds", std::to_string(library->card_count()) + " cards, " + questions + " questions"},
          {"Reviewed", std::to_string(library->approved_question_count()) + " of " + questions +
                           " questions approved"}};
}

StaffRows staff_rows(const StaffFacts& facts) {
  StaffRows rows = content_staff_rows(facts.library);
  rows.insert(rows.end(), facts.provider.begin(), facts.provider.end());
  rows.push_back({"Last reload", facts.last_reload});
  const Millis minutes = facts.up_for / 60'000;
  rows.push_back(
      {"Up for", std::to_string(minutes / 60) + " h " + std::to_string(minutes % 60) + " min"});
  rows.insert(rows.end(), facts.answers.begin(), facts.answers.end());
  if (!facts.settings_notice.empty()) rows.push_back({"Settings ignored", facts.settings_notice});
  if (!facts.speech_notice.empty()) rows.push_back({"Speech silent", facts.speech_notice});
  return rows;
}

}  // namespace kiosk
