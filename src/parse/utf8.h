#pragma once
// UTF-8 stepping and the character classes the parser's rules are written in.
// Input is always valid UTF-8 here: decode.cpp has repaired it.
#include <cstddef>
#include <string>
#include <string_view>

namespace paiban::parse {

// next_char (inline, below) decodes the code point at `pos` and advances
// `pos` past it; prev_char decodes the code point ending just before `pos` and moves `pos` back to its start.
char32_t prev_char(std::string_view s, std::size_t& pos);
void append_utf8(std::string& out, char32_t c);
std::u32string to_u32(std::string_view s);
std::string to_utf8(std::u32string_view s);
std::size_t count_chars(std::string_view s);

// Character classes. Inline below: is_han (Han ideographs, including 〇 and
// the extension planes), is_ascii_digit, is_latin_letter (ASCII and Latin-1/
// Extended-A/B letters), is_space (ASCII and Unicode spaces, including the
// ideographic space U+3000 and NBSP).
// Full-width CJK punctuation and brackets (、。,:;“”《》…), which also make a
// Chinese context for the normalisation rules (typography.md, characters and widths).
bool is_cjk_punct(char32_t c);
// Letters and digits of any script: what the character-preservation property counts.
bool is_word_char(char32_t c);
// Width in half-em units, for spotting hard-wrapped lines.
int display_width(std::string_view s);

// Hot paths, inline: every character of the input goes through these.
inline char32_t next_char(std::string_view s, std::size_t& pos) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char b = byte(pos);
  int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  if (pos + len > s.size()) len = 1;  // cannot happen on repaired text; stay in bounds
  char32_t c = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (int i = 1; i < len; ++i) c = (c << 6) | (byte(pos + i) & 0x3F);
  pos += len;
  return c;
}

inline bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F) || c == 0x3007;
}

inline bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

inline bool is_latin_letter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

inline bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || c == '\f' || c == '\v' ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0xFEFF;
}

}  // namespace paiban::parse
