// Opening SDL's window and renderer for each display mode.
#include "ui/video.hpp"

#include <algorithm>

namespace kiosk::ui {

SdlLibraries::SdlLibraries(DisplayMode mode) {
  if (mode == DisplayMode::Headless) {
    // The dummy driver with the software renderer: no display, no GL stack, ~18 MiB. Over
    // SDL_VIDEODRIVER and the like in the environment (a Wayland session sets it): headless
    // means no display, wherever it runs.
    SDL_SetHintWithPriority(SDL_HINT_VIDEODRIVER, "dummy", SDL_HINT_OVERRIDE);
    SDL_SetHintWithPriority(SDL_HINT_RENDER_DRIVER, "software", SDL_HINT_OVERRIDE);
    SDL_SetHintWithPriority(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0", SDL_HINT_OVERRIDE);
  }
  // Keep the display awake while the kiosk runs (no screen saver, no blanking).
  SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "0");
  // Touch produces its own events; mouse events SDL synthesises from it are dropped by the
  // input layer, and no touch events are synthesised from the mouse.
  SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
  SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
    throw SdlError(std::string("cannot start SDL: ") + SDL_GetError());
  }
  if (TTF_Init() != 0) {
    const std::string why = TTF_GetError();
    SDL_Quit();
    throw SdlError("cannot start SDL_ttf: " + why);
  }
}

SdlLibraries::~SdlLibraries() {
  TTF_Quit();
  SDL_Quit();
}

namespace {

struct WindowPlace {
  int x = SDL_WINDOWPOS_CENTERED;
  int y = SDL_WINDOWPOS_CENTERED;
  int w = 0;
  int h = 0;
  Uint32 flags = SDL_WINDOW_SHOWN;
};

// Where the window opens. Fullscreen asks for the first display's whole area, borderless at its
// corner, besides asking to be fullscreen: a window manager (or Wayland, or KMS) makes it
// fullscreen either way, but X11 with no window manager (startx with the kiosk alone) ignores
// the request and leaves a window of the asked size where it was put, while SDL reports the
// desktop's size, so a layout for the whole screen was drawn into a window in its middle.
WindowPlace window_place(const VideoOptions& options) {
  WindowPlace place{.x = SDL_WINDOWPOS_CENTERED,
                    .y = SDL_WINDOWPOS_CENTERED,
                    .w = options.size.w,
                    .h = options.size.h,
                    .flags = SDL_WINDOW_SHOWN};
  if (options.mode == DisplayMode::Windowed) place.flags |= SDL_WINDOW_RESIZABLE;
  if (options.mode != DisplayMode::Fullscreen) return place;
  place.flags |= SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_BORDERLESS;
  SDL_Rect bounds{0, 0, 0, 0};
  if (SDL_GetDisplayBounds(0, &bounds) == 0 && bounds.w > 0 && bounds.h > 0) {
    place = {.x = bounds.x, .y = bounds.y, .w = bounds.w, .h = bounds.h, .flags = place.flags};
  }
  return place;
}

}  // namespace

Video::Video(const VideoOptions& options)
    : libraries_(options.mode), max_texture_(options.max_texture) {
  // Checked before any window exists: the offscreen driver would load a whole GL stack only
  // to draw where nobody can see it.
  if (invisible() && options.mode != DisplayMode::Headless) {
    throw SdlError("no display was found (SDL chose the '" + driver() +
                   "' driver), so nothing would be visible. To run without a display, use "
                   "--headless (with --script FILE and --screenshot OUT.png to see frames)");
  }
  const WindowPlace place = window_place(options);
  window_.reset(checked(
      SDL_CreateWindow(options.title.c_str(), place.x, place.y, place.w, place.h, place.flags),
      "cannot open a window"));
  const Uint32 renderer_flags =
      options.mode == DisplayMode::Headless || options.software ? SDL_RENDERER_SOFTWARE : 0;
  SDL_Renderer* renderer = SDL_CreateRenderer(window_.get(), -1, renderer_flags);
  if (renderer == nullptr && renderer_flags == 0) {
    // No GPU renderer works here: fall back to software rather than show nothing.
    renderer = SDL_CreateRenderer(window_.get(), -1, SDL_RENDERER_SOFTWARE);
  }
  renderer_.reset(checked(renderer, "cannot create a renderer"));
  SDL_SetRenderDrawBlendMode(renderer_.get(), SDL_BLENDMODE_BLEND);
  // A touch kiosk shows no pointer; on KMS there is no desktop to hide it for us.
  if (options.mode != DisplayMode::Windowed) SDL_ShowCursor(SDL_DISABLE);
  SDL_DisableScreenSaver();
  if (options.mode == DisplayMode::Fullscreen) screen_.emplace(window_.get());
}

std::optional<Rect> Video::follow_screen(const SDL_Event& event) {
  return screen_ ? screen_->on_event(event) : std::nullopt;
}

Size Video::output_size() const {
  int w = 0;
  int h = 0;
  SDL_GetRendererOutputSize(renderer_.get(), &w, &h);
  return {w, h};
}

Size Video::max_texture() const {
  SDL_RendererInfo info{};
  if (SDL_GetRendererInfo(renderer_.get(), &info) != 0) return max_texture_;
  // The lower of two limits, where 0 means none.
  const auto lower = [](int a, int b) { return a == 0 ? b : (b == 0 ? a : std::min(a, b)); };
  return {lower(info.max_texture_width, max_texture_.w),
          lower(info.max_texture_height, max_texture_.h)};
}

std::string Video::render_driver() const {
  SDL_RendererInfo info{};
  if (SDL_GetRendererInfo(renderer_.get(), &info) != 0 || info.name == nullptr) return "none";
  return info.name;
}

std::string Video::driver() const {
  const char* name = SDL_GetCurrentVideoDriver();
  return name != nullptr ? name : "none";
}

bool Video::invisible() const {
  const std::string d = driver();
  return d == "dummy" || d == "offscreen";
}

}  // namespace kiosk::ui
