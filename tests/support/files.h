#pragma once
// Whole-file reads and writes, and text comparison helpers, for tests.
#include <filesystem>
#include <string>

namespace paiban::test {

// The file's bytes; "" when it does not exist or cannot be read.
std::string read_file(const std::filesystem::path& path);
// Writes BYTES, creating missing parent folders; throws std::runtime_error
// when the file cannot be written.
void write_file(const std::filesystem::path& path, const std::string& bytes);

// Text without any white space (ASCII, U+3000, U+00A0), for "white space
// aside" comparisons of extracted text.
std::string without_space(const std::string& text);

}  // namespace paiban::test
