// Fuzz targets: the two parsers of untrusted input. Built into libFuzzer executables by the
// `fuzz` preset, and replayed over their corpus by an ordinary test in every build.
#pragma once

#include <cstddef>
#include <cstdint>

namespace kiosk::fuzz {

// Bytes as a content database: the kiosk's validation, then reading everything it allows.
int check_database_bytes(const std::uint8_t* data, std::size_t size);

// Bytes as facts.toml of an otherwise valid content source: load, validate, generate.
int build_content_source(const std::uint8_t* data, std::size_t size);

}  // namespace kiosk::fuzz
