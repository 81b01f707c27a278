// sd_notify when libsystemd is there (KIOSK_HAVE_SYSTEMD), nothing otherwise.
#include "app/service_notifier.hpp"

#ifdef KIOSK_HAVE_SYSTEMD
#include <systemd/sd-daemon.h>
#endif

namespace kiosk::app {

SystemdNotifier::SystemdNotifier() {
#ifdef KIOSK_HAVE_SYSTEMD
  uint64_t usec = 0;
  if (sd_watchdog_enabled(0, &usec) > 0) watchdog_ms_ = static_cast<Millis>(usec / 1000);
#endif
}

void SystemdNotifier::ready() {
#ifdef KIOSK_HAVE_SYSTEMD
  sd_notify(0, "READY=1");
#endif
}

void SystemdNotifier::alive() {
#ifdef KIOSK_HAVE_SYSTEMD
  sd_notify(0, "WATCHDOG=1");
#endif
}

void SystemdNotifier::stopping() {
#ifdef KIOSK_HAVE_SYSTEMD
  sd_notify(0, "STOPPING=1");
#endif
}

}  // namespace kiosk::app
