# Architecture rules: which of the project's libraries may depend on which.
#
# The core knows nothing of the platform (no SDL, no SQLite). Each layer declares the project
# libraries and third-party targets it may link; kiosk_check_layers() fails the configure step
# when a target links anything else, so a wrong-way dependency cannot slip in unnoticed.

set_property(GLOBAL PROPERTY KIOSK_LAYERED_TARGETS "")

# kiosk_layer(TARGET ALLOWS dep...): record what TARGET may link.
function(kiosk_layer target)
  cmake_parse_arguments(ARG "" "" "ALLOWS" ${ARGN})
  set_property(TARGET ${target} PROPERTY KIOSK_ALLOWED_LINKS kiosk_warnings ${ARG_ALLOWS})
  set_property(GLOBAL APPEND PROPERTY KIOSK_LAYERED_TARGETS ${target})
endfunction()

function(kiosk_check_layers)
  get_property(targets GLOBAL PROPERTY KIOSK_LAYERED_TARGETS)
  foreach(target IN LISTS targets)
    get_target_property(allowed ${target} KIOSK_ALLOWED_LINKS)
    get_target_property(linked ${target} LINK_LIBRARIES)
    if(NOT linked)
      continue()
    endif()
    foreach(dep IN LISTS linked)
      string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" dep "${dep}")
      if(NOT dep IN_LIST allowed)
        message(FATAL_ERROR
          "Layer violation: ${target} links ${dep}, which its layer does not allow "
          "(allowed: ${allowed}). See cmake/KioskLayers.cmake.")
      endif()
    endforeach()
  endforeach()
endfunction()
