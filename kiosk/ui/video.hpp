// The window and renderer: fullscreen on a kiosk, a window on a desk, or headless for tests.
#pragma once

#include <optional>
#include <string>

#include "core/geometry.hpp"
#include "ui/sdl.hpp"
#include "ui/x11_screen.hpp"

namespace kiosk::ui {

enum class DisplayMode {
  Fullscreen,  // the kiosk: the whole screen, no cursor
  Windowed,    // development: a window of the given size
  Headless,    // tests and docs: SDL's dummy driver with the software renderer, no display
};

struct VideoOptions {
  DisplayMode mode = DisplayMode::Fullscreen;
  Size size{800, 480};  // window or headless size; ignored for fullscreen
  std::string title = "Kiosk";
  bool software = false;  // the software renderer even where a GPU one exists
  // A lower limit on texture sizes than the renderer's own (tests stand in for a small GPU);
  // 0 for a side: the renderer's.
  Size max_texture{};
};

// SDL and SDL_ttf, initialised for the lifetime of this object.
class SdlLibraries {
 public:
  explicit SdlLibraries(DisplayMode mode);
  ~SdlLibraries();
  SdlLibraries(const SdlLibraries&) = delete;
  SdlLibraries& operator=(const SdlLibraries&) = delete;
};

class Video {
 public:
  // Opens the display. Throws SdlError saying what failed and why.
  explicit Video(const VideoOptions& options);

  SDL_Renderer* renderer() const { return renderer_.get(); }
  SDL_Window* window() const { return window_.get(); }
  // The size in pixels of what is drawn (differs from the window size on HiDPI displays).
  Size output_size() const;
  // The largest texture to make: the renderer's limit, or the options' when lower; 0 for a
  // side that has no limit (the software renderer).
  Size max_texture() const;
  // SDL's render driver in use ("opengles2", "software", ...).
  std::string render_driver() const;
  // SDL's video driver in use ("x11", "kmsdrm", "dummy", ...).
  std::string driver() const;
  // True when nobody can see the output (dummy or offscreen driver).
  bool invisible() const;
  // For one SDL event: when it says the screen changed under X11 with no window manager to
  // follow it, makes the fullscreen window cover its monitor again and returns that area.
  std::optional<Rect> follow_screen(const SDL_Event& event);

 private:
  SdlLibraries libraries_;
  Size max_texture_;
  WindowPtr window_;
  RendererPtr renderer_;
  std::optional<X11ScreenFollower> screen_;  // fullscreen only
};

}  // namespace kiosk::ui
