#pragma once
// Decoding UTF-8 one code point at a time; invalid bytes decode as U+FFFD
// one byte long, so every byte of the input stays accounted for.
#include <cstdint>
#include <string_view>

namespace paiban::text {

struct Decoded {
  char32_t cp = 0;
  uint32_t length = 1;  // bytes
};

inline Decoded decode_utf8(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b0 = byte(i);
  if (b0 < 0x80) return {b0, 1};
  int n = b0 >= 0xF0 && b0 < 0xF5 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 && b0 < 0xE0 ? 2 : 0;
  if (n == 0 || i + static_cast<size_t>(n) > s.size()) return {0xFFFD, 1};
  char32_t cp = b0 & (0xFF >> (n + 1));
  for (int k = 1; k < n; ++k) {
    unsigned char b = byte(i + static_cast<size_t>(k));
    if ((b & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (b & 0x3F);
  }
  bool overlong = (n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF));
  if (overlong || (cp >= 0xD800 && cp <= 0xDFFF)) return {0xFFFD, 1};
  return {cp, static_cast<uint32_t>(n)};
}

}  // namespace paiban::text
