# Architecture rules: which of the project's libraries may depend on which.
#
# The core knows nothing of the platform (no SDL, no SQLite). Each layer declares the project
# libraries and third-party targets it may link; kiosk_check_layers() fails the configure step
# when a target links anything else, so a wrong-way dependency cannot slip in unnoticed.
# The same declarations say what each layer's files may include (kiosk_include_rules), which a
# test per layer checks (tests/architecture/check_includes.cmake).

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

# kiosk_include_rules(TARGET DIRS LIBRARIES SOURCES): what TARGET's files may include, from the
# link rules above, and which files those are.
#   DIRS       the project's include prefixes: the target's own directory under kiosk/ and
#              those of every project layer it builds on, directly or through another layer
#              (the store's types reach the app through the store's headers)
#   LIBRARIES  the third-party targets it may link itself (not those of the layers below)
#   SOURCES    a library's directory, or an executable's own source files
function(kiosk_include_rules target out_dirs out_libraries out_sources)
  set(dirs "")
  set(libraries "")
  set(pending ${target})
  set(seen "")
  while(pending)
    list(POP_FRONT pending layer)
    if(layer IN_LIST seen)
      continue()
    endif()
    list(APPEND seen ${layer})
    get_target_property(source_dir ${layer} SOURCE_DIR)
    file(RELATIVE_PATH dir "${PROJECT_SOURCE_DIR}/kiosk" "${source_dir}")
    if(dir AND NOT dir MATCHES "^\\.\\.")
      list(APPEND dirs ${dir})
    endif()
    get_target_property(allowed ${layer} KIOSK_ALLOWED_LINKS)
    foreach(dep IN LISTS allowed)
      if(dep STREQUAL "kiosk_warnings")
        continue()
      endif()
      if(TARGET ${dep})
        get_target_property(dep_allowed ${dep} KIOSK_ALLOWED_LINKS)
      else()
        set(dep_allowed NOTFOUND)  # an optional library that was not found
      endif()
      if(dep_allowed)
        list(APPEND pending ${dep})
      elseif(layer STREQUAL target)
        list(APPEND libraries ${dep})
      endif()
    endforeach()
  endwhile()
  get_target_property(type ${target} TYPE)
  get_target_property(source_dir ${target} SOURCE_DIR)
  if(type STREQUAL "EXECUTABLE")
    get_target_property(sources ${target} SOURCES)
    list(TRANSFORM sources PREPEND "${source_dir}/")
  else()
    set(sources "${source_dir}")
  endif()
  list(REMOVE_DUPLICATES dirs)
  set(${out_dirs} ${dirs} PARENT_SCOPE)
  set(${out_libraries} ${libraries} PARENT_SCOPE)
  set(${out_sources} ${sources} PARENT_SCOPE)
endfunction()

# The layered targets whose files are the project's own (under kiosk/), for the include tests.
function(kiosk_checked_layers out)
  get_property(targets GLOBAL PROPERTY KIOSK_LAYERED_TARGETS)
  set(checked "")
  foreach(target IN LISTS targets)
    get_target_property(source_dir ${target} SOURCE_DIR)
    file(RELATIVE_PATH dir "${PROJECT_SOURCE_DIR}/kiosk" "${source_dir}")
    if(NOT dir MATCHES "^\\.\\.")
      list(APPEND checked ${target})
    endif()
  endforeach()
  set(${out} ${checked} PARENT_SCOPE)
endfunction()
