#pragma once
// SHA-256 of byte strings: the content hash that decides whether a batch
// output is up to date. Collision resistance matters here more than speed
// (an article costs far more to typeset than to hash).
#include <string>
#include <string_view>

namespace paiban::cli::batch {

// Lower-case hex digest (64 characters).
std::string sha256_hex(std::string_view bytes);

}  // namespace paiban::cli::batch
