// A curator's recordings, put in place of the speech kiosk-db build renders for their texts.
#pragma once

#include <iosfwd>
#include <vector>

#include "core/content.hpp"
#include "core/model.hpp"
#include "store/writer.hpp"

namespace kiosk::tool {

// Puts each of `recordings` into `clips`, in place of the rendered clip of the text it names
// (or beside the others when nothing was rendered, as without eSpeak NG). The text is found in
// `built`, the content as the kiosk reads it, so the clip is keyed by the exact text shown;
// the recording is read whole and decoded to check it. False, with "file:line: what" on `err`
// for each, when a recording names no text, does not decode, or is larger than a row holds:
// the build then writes nothing. Leaves `built` showing its default language.
bool apply_recordings(const std::vector<model::Recording>& recordings, ContentLibrary& built,
                      std::vector<store::StoredClip>& clips, std::ostream& err);

}  // namespace kiosk::tool
