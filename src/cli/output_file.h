#pragma once
// Writes an output so that no reader ever sees a partial file: the bytes go to
// a temporary file beside the target, which then takes the target's place.
#include <string>
#include <string_view>

namespace paiban::cli {

// Throws paiban::Error(cant_create) naming the path when it cannot be written.
void write_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace paiban::cli
