// Telling the service manager (systemd) how the kiosk is doing, without the front end knowing
// systemd: ready after the first frame, alive from every pass of the main loop, stopping.
#pragma once

#include "core/clock.hpp"

namespace kiosk {

class ServiceManager {
 public:
  virtual ~ServiceManager() = default;
  virtual void ready() {}
  virtual void alive() {}
  virtual void stopping() {}
  // The watchdog timeout systemd expects pings within (0: none).
  virtual Millis watchdog_timeout() const { return 0; }
};

}  // namespace kiosk
