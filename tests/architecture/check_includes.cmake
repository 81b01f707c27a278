# Fails when a file of a layer includes a header it may not: another layer's that its layer does
# not build on (a wrong-way include), or a library's that its layer does not link.
#
#   cmake -DLAYER=NAME -DSOURCES=DIR_OR_FILE;... -DALLOWED_DIRS=core;store;...
#         -DALLOWED_LIBRARIES=SQLite::SQLite3;... -P check_includes.cmake
#
# SOURCES: directories (every .cpp, .hpp and .h under them) and single files.
# ALLOWED_DIRS: the project's include prefixes the layer may use ("core" allows "core/...").
# ALLOWED_LIBRARIES: the third-party targets whose headers the layer may include.
# cmake/KioskLayers.cmake derives both lists from the link rules (kiosk_include_rules).

cmake_minimum_required(VERSION 3.25)  # policies as the build uses them (IN_LIST)

# Third-party headers by the target that provides them. The first match owns the header, so
# the more specific patterns come first. Standard and POSIX headers belong to no target.
set(owners
  "SDL2_ttf::SDL2_ttf=^(SDL2/)?SDL_ttf\\.h$"
  "SDL2_image::SDL2_image=^(SDL2/)?SDL_image\\.h$"
  "SDL2::SDL2=^(SDL2/)?SDL(_[A-Za-z0-9_]+)?\\.h$"
  "PNG::PNG=^png\\.h$"
  "PkgConfig::XXHASH=^xxhash\\.h$"
  "SQLite::SQLite3=^sqlite3(ext)?\\.h$"
  "PkgConfig::TOMLPP=^toml\\+\\+/"
  "PkgConfig::FREETYPE=^(ft2build\\.h|freetype/)"
  "nlohmann_json::nlohmann_json=^nlohmann/"
  "CLI11::CLI11=^CLI/"
  "PkgConfig::SYSTEMD=^systemd/"
  "PkgConfig::UNIBREAK=^(linebreak|wordbreak|graphemebreak|emojidef|unibreakbase|unibreakdef)\\.h$"
  "doctest::doctest=^doctest/"
  "benchmark::benchmark=^benchmark/")

if(NOT LAYER OR NOT SOURCES)
  message(FATAL_ERROR "usage: cmake -DLAYER=NAME -DSOURCES=... [-DALLOWED_DIRS=...] "
                      "[-DALLOWED_LIBRARIES=...] -P check_includes.cmake")
endif()

set(files "")
foreach(source IN LISTS SOURCES)
  if(IS_DIRECTORY "${source}")
    file(GLOB_RECURSE found "${source}/*.cpp" "${source}/*.hpp" "${source}/*.h")
    list(APPEND files ${found})
  elseif(EXISTS "${source}")
    list(APPEND files "${source}")
  else()
    message(FATAL_ERROR "${LAYER}: no such file or directory '${source}'")
  endif()
endforeach()

# Sets `out` to "" when `header` (as written between the brackets) may be included, else to
# why not.
function(judge header quoted out)
  if(quoted)
    string(REGEX MATCH "^[^/]+/" prefix "${header}")
    string(REGEX REPLACE "/$" "" dir "${prefix}")
    if(dir AND dir IN_LIST ALLOWED_DIRS)
      set(${out} "" PARENT_SCOPE)
    else()
      set(${out} "a layer ${LAYER} does not build on" PARENT_SCOPE)
    endif()
    return()
  endif()
  foreach(entry IN LISTS owners)
    string(REGEX REPLACE "=.*" "" owner "${entry}")
    string(REGEX REPLACE "^[^=]*=" "" pattern "${entry}")
    if(header MATCHES "${pattern}")
      if(owner IN_LIST ALLOWED_LIBRARIES)
        set(${out} "" PARENT_SCOPE)
      else()
        set(${out} "${owner}, which ${LAYER} does not link" PARENT_SCOPE)
      endif()
      return()
    endif()
  endforeach()
  set(${out} "" PARENT_SCOPE)  # the standard library or the system
endfunction()

set(bad "")
foreach(f IN LISTS files)
  file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
  foreach(line IN LISTS lines)
    string(REGEX MATCH "[<\"][^>\"]+[>\"]" written "${line}")
    string(SUBSTRING "${written}" 0 1 opening)
    string(REGEX REPLACE "^[<\"]|[>\"]$" "" header "${written}")
    set(quoted OFF)
    if(opening STREQUAL "\"")
      set(quoted ON)
    endif()
    judge("${header}" ${quoted} why)
    if(why)
      list(APPEND bad "  ${f}: includes ${written}, from ${why}")
    endif()
  endforeach()
endforeach()

list(LENGTH files count)
list(JOIN ALLOWED_DIRS ", " dirs_text)
list(JOIN ALLOWED_LIBRARIES ", " libraries_text)
if(NOT libraries_text)
  set(libraries_text "no library")
endif()
if(bad)
  list(JOIN bad "\n" text)
  message(FATAL_ERROR "wrong-way includes in ${LAYER}, which may include ${dirs_text} and the "
                      "headers of ${libraries_text}:\n${text}\n"
                      "See cmake/KioskLayers.cmake for what each layer may use.")
endif()
message(STATUS "checked ${count} files of ${LAYER}: includes only ${dirs_text} and the headers "
               "of ${libraries_text}")
