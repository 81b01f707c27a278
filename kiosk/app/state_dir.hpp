// Where the kiosk keeps what it writes: stats and content snapshots.
#pragma once

#include <optional>
#include <string>

namespace kiosk::app {

// The directory given, or else $STATE_DIRECTORY (set by systemd), $XDG_STATE_HOME/kiosk,
// ~/.local/state/kiosk, and last the temporary directory's kiosk-state. Not created here.
std::string default_state_dir();

// Creates `dir` if needed and checks it can be written to: why not, or nullopt when it can.
std::optional<std::string> prepare_writable_dir(const std::string& dir);

}  // namespace kiosk::app
