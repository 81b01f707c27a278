// The App class behind run_app (private to the front end).
#pragma once

#include <ctime>
#include <memory>
#include <optional>
#include <ostream>

#include "core/clock.hpp"
#include "core/gesture.hpp"
#include "core/lights.hpp"
#include "core/listen.hpp"
#include "core/live_content.hpp"
#include "core/scene.hpp"
#include "core/screens/screens.hpp"
#include "core/script.hpp"
#include "core/staff.hpp"
#include "core/watchdog.hpp"
#include "core/words.hpp"
#include "ui/app.hpp"
#include "ui/audio.hpp"
#include "ui/event_waiter.hpp"
#include "ui/fonts.hpp"
#include "ui/keys.hpp"
#include "ui/measurements.hpp"
#include "ui/scene_renderer.hpp"
#include "ui/text_cache.hpp"
#include "ui/video.hpp"

namespace kiosk::ui {

class App {
 public:
  // Opens the display and fonts and loads the content. Throws SdlError.
  App(const AppOptions& options, const AppServices& services, std::ostream& out, std::ostream& err);

  // The interactive loop, until quit.
  void run_interactive();
  // Runs `script`; false (with the reason on err) when a step cannot be carried out.
  bool run_script(const Script& script);
  // Draws the current frame and writes it to `path`.
  void screenshot(const std::string& path);

 private:
  Millis now() const;
  void load_content();
  void take_new_content();
  void report(ContentChange change);
  void follow_language();
  void follow_display();
  void keep_opening_hours();
  Millis next_hours_change() const;
  Millis next_wake(Millis until) const;
  std::time_t wall_now() const;
  LocalTime local_time() const;
  Millis until_time_of_day(int minute) const;
  StaffRows staff_rows() const;
  void log_question_shown();
  void resize();
  void trace(const std::string& line);
  void trace_screen();

  // Speech (app_speech.cpp).
  void open_speaker();
  void follow_speech();
  void listen_pressed();
  void start_listening();
  void stop_listening();
  void clip_finished();
  ListenButton listen_button() const;

  // Input.
  void dispatch(const SDL_Event& event);
  void drain_events();
  Millis event_time(const SDL_Event& event) const;
  void pointer_down(Point p, Millis at);
  void pointer_move(Point p, Millis at);
  void pointer_up(Point p, Millis at);
  void snap(const Input& input, int offset);
  void snap_back(int offset);
  void key_down(const SDL_KeyboardEvent& key);
  void apply(const Input& input);
  void after(Outcome outcome);
  void tick();

  // Time passing.
  void wait_for_events(Millis until);
  void advance(Millis ms);

  // Drawing.
  void refresh();
  void draw();
  void present();
  void start_transition(const Scene& from, Screen before, int card_before, int page_before);
  bool animating() const { return transition_.has_value(); }
  // Whether changes slide: not with transitions off, on the simulated clock, or for a visitor
  // who turned on reduced motion.
  bool animate() const;
  Scene scene_of(const VisitState& state) const;
  const Scene& neighbour(int offset);
  void draw_pair(const Scene& a, int a_dx, const Scene& b, int b_dx);

 public:
  void write_measurements();

 private:
  // Script steps.
  bool step(const Step& step);
  void push_tap(Point from, Point to);
  void push_drag(const Step& step);
  bool push_key(const Step& step);

  const AppOptions& options_;
  ContentProvider& provider_;
  AnswerLog* answers_;
  ServiceManager* service_;
  std::ostream& out_;
  std::ostream& err_;

  Video video_;
  EventWaiter waiter_;
  FontFiles font_files_;
  KeyCombination quit_key_;
  std::optional<KeyCombination> listen_key_;
  Size physical_;      // the panel as mounted
  Size size_;          // the picture people see (turned by options_.rotation)
  TexturePtr canvas_;  // the picture, drawn here and turned onto the panel, when rotated
  std::unique_ptr<FontSet> fonts_;
  std::unique_ptr<TextCache> text_;
  std::unique_ptr<SceneRenderer> renderer_;

  LiveContent content_;         // what the visit runs on, and new content waiting for a safe point
  Words words_;                 // the kiosk's own words in the language shown
  std::string shown_language_;  // the language every text is in now
  // What words_ was made for: a new library (a swapped file may reword the interface) or a
  // visitor's choice makes it again.
  bool words_made_ = false;
  const ContentLibrary* words_from_ = nullptr;
  std::string words_asked_;
  VisitState state_;
  DisplayOptions shown_display_;  // the display options the screen shows (and fonts are sized for)
  Scene scene_;
  bool dirty_ = true;
  bool quit_ = false;
  std::optional<Screen> traced_screen_;
  int traced_card_ = -1;

  Millis simulated_now_ = 0;
  // The wall clock when the kiosk started: on the simulated clock, local time is this plus
  // the simulated time, so a scripted day passes its opening hours as a real one would.
  std::time_t wall_at_start_;
  Millis started_at_ = 0;
  Uint32 content_event_ = 0;  // SDL user event: the provider has news
  std::optional<std::pair<int, std::int64_t>> logged_question_;  // round index, question id
  Millis question_shown_at_ = 0;
  std::optional<Touch> touch_;  // the finger down now: what it presses or drags
  bool touch_moved_ = false;    // what the touch shows changed: the next frame shows it
  // The pages beside the one being dragged (on_previous, on_next), made when first shown.
  std::optional<Scene> previous_page_;
  std::optional<Scene> next_page_;
  Millis last_frame_at_ = 0;

  // A slide between the scene that was and the scene that is.
  struct Transition {
    Scene from;
    Millis start = 0;
    int direction = 1;  // +1: the new scene comes in from the right
    int moved = 0;      // px it had moved when it began: a released drag goes on from there
  };
  std::optional<Transition> transition_;

  // Recorded only when asked for (--measure): the series would otherwise only ever grow.
  Measurements measurements_{options_.measure_path ? Recording::On : Recording::Off};
  std::optional<Uint64> input_at_ms_;  // SDL timestamp of an input not yet shown
  std::optional<Uint64> press_at_ms_;  // ... of a touch-down whose pressed button is not yet shown
  bool content_switched_ = false;      // the next frame shows new content
  LightsState lights_;                 // dark outside opening hours, lit by a touch
  WatchdogSchedule watchdog_{0, 0};
  bool told_ready_ = false;
  bool swallow_release_ = false;

  std::unique_ptr<Speaker> speaker_;  // null until content arrives; silent without a device
  Uint32 speech_event_ = 0;           // SDL user event: a clip ended
  SpeechPlace spoken_place_;          // where heard_ was made (see follow_speech)
  ScreenSpeech heard_;                // what the screen shown reads aloud
  bool speech_here_ = false;          // ... and whether any of it has a clip (Listen shows)
};

}  // namespace kiosk::ui
