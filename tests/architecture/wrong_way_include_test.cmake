# The include check against a made-up layer in WORK: it must fail on each wrong-way include,
# naming the file and the header, and pass the same layer once they are gone.
#   cmake -DCHECK=check_includes.cmake -DWORK=DIR -DLAYER=NAME -DALLOWED_DIRS=...
#         -DALLOWED_LIBRARIES=... -P wrong_way_include_test.cmake

cmake_minimum_required(VERSION 3.25)  # policies as the build uses them (IN_LIST)

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/layer/nested")
file(WRITE "${WORK}/layer/good.cpp"
  "// Only what the store may include.\n"
  "#include \"store/check.hpp\"\n#include \"core/content.hpp\"\n"
  "#include <sqlite3.h>\n#include <nlohmann/json.hpp>\n#include <vector>\n#include <unistd.h>\n"
  "// #include \"ui/app.hpp\" in a comment is no include\n")
file(WRITE "${WORK}/layer/upward.cpp" "#include \"store/check.hpp\"\n#include \"ui/app.hpp\"\n")
file(WRITE "${WORK}/layer/platform.hpp" "#pragma once\n#include <SDL.h>\n")
file(WRITE "${WORK}/layer/nested/sideways.cpp"
  "  #  include <toml++/toml.h>\n#include \"authoring/build.hpp\"\n")

function(run_check out_result out_text)
  execute_process(
    COMMAND ${CMAKE_COMMAND} -DLAYER=${LAYER} "-DSOURCES=${WORK}/layer"
            "-DALLOWED_DIRS=${ALLOWED_DIRS}" "-DALLOWED_LIBRARIES=${ALLOWED_LIBRARIES}" -P ${CHECK}
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(${out_result} ${result} PARENT_SCOPE)
  set(${out_text} "${out}${err}" PARENT_SCOPE)
endfunction()

function(expect text words)
  string(FIND "${text}" "${words}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the include check's output lacks '${words}':\n${text}")
  endif()
endfunction()

run_check(result text)
if(result EQUAL 0)
  message(FATAL_ERROR "the include check passed a layer with wrong-way includes:\n${text}")
endif()
expect("${text}" "upward.cpp: includes \"ui/app.hpp\", from a layer ${LAYER} does not build on")
expect("${text}" "platform.hpp: includes <SDL.h>, from SDL2::SDL2, which ${LAYER} does not link")
expect("${text}" "sideways.cpp: includes <toml++/toml.h>, from PkgConfig::TOMLPP")
expect("${text}" "sideways.cpp: includes \"authoring/build.hpp\"")
string(FIND "${text}" "good.cpp" at)
if(NOT at EQUAL -1)
  message(FATAL_ERROR "the include check blamed a file that keeps to its layer:\n${text}")
endif()

file(REMOVE "${WORK}/layer/upward.cpp" "${WORK}/layer/platform.hpp"
            "${WORK}/layer/nested/sideways.cpp")
run_check(result text)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the include check failed a layer that keeps to its rules:\n${text}")
endif()
file(REMOVE_RECURSE "${WORK}")
message(STATUS "the include check refuses wrong-way includes and passes the rest")
