// systemd's sd_notify: READY, WATCHDOG pings and STOPPING. A no-op where the kiosk was built
// without libsystemd or does not run under systemd.
#pragma once

#include "core/service_manager.hpp"

namespace kiosk::app {

class SystemdNotifier final : public ServiceManager {
 public:
  SystemdNotifier();
  void ready() override;
  void alive() override;
  void stopping() override;
  Millis watchdog_timeout() const override { return watchdog_ms_; }

 private:
  Millis watchdog_ms_ = 0;
};

}  // namespace kiosk::app
