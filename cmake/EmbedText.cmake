# Script mode: writes INPUT into OUTPUT as a C++ string constant named SYMBOL in namespace kiosk.
# Used so the one schema.sql is compiled into both the builder and the kiosk.
file(READ "${INPUT}" content)
string(FIND "${content}" ")__embed__\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )__embed__\"")
endif()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by cmake/EmbedText.cmake; do not edit.\n"
  "namespace kiosk {\n"
  "extern const char* const ${SYMBOL};\n"
  "const char* const ${SYMBOL} = R\"__embed__(${content})__embed__\";\n"
  "}  // namespace kiosk\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
