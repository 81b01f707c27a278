// Building the scene of each screen from the visit state and the content.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/content.hpp"
#include "core/scene.hpp"
#include "core/text_metrics.hpp"
#include "core/visit.hpp"
#include "core/words.hpp"

namespace kiosk {

// The Listen button of a screen that reads aloud: hidden where no text has speech (or the
// volume is 0), else ready, or playing (a touch stops it).
enum class ListenButton { Hidden, Ready, Playing };

struct SceneContext {
  const VisitState& state;
  const ContentLibrary* library;  // null when no usable content is loaded
  int still_there_seconds = 0;    // > 0 while the "still there?" prompt shows
  int round_length = 5;
  std::vector<std::pair<std::string, std::string>> staff_rows;  // shown while the panel is open
  bool content_loading = false;  // no content yet because it is still being checked
  const Words* words = nullptr;  // the kiosk's words in the visitor's language; null: English
  ListenButton listen = ListenButton::Hidden;

  // The kiosk's words to draw with.
  const Words& text() const;
};

// The scene of the current screen at `size`, measured with `text`.
Scene build_scene(const SceneContext& context, Size size, const TextMetrics& text);

}  // namespace kiosk
