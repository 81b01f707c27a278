// The texts the kiosk may read aloud: what kiosk-db build renders speech for.
#pragma once

#include <vector>

#include "core/content.hpp"
#include "tool/speech_render.hpp"

namespace kiosk::tool {

// Every text a Listen button may ask a clip of, in every language of `library`, exactly as the
// library returns it for that language (so the kiosk's lookup by text finds it): each card's
// title, date label, body, key quote and speaker; each question's prompt, every choice of its
// pool and its explanation; and the kiosk's spoken words (answer letters, verdicts, the results'
// headings and "{n} of {total}" for totals 1..10) as core/words.hpp gives them. Each text once
// per language, empty ones left out. Leaves `library` showing its default language.
std::vector<SpokenText> spoken_texts(ContentLibrary& library);

}  // namespace kiosk::tool
