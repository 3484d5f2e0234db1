#include "parse/utf8.h"

namespace paiban::parse {


char32_t prev_char(std::string_view s, std::size_t& pos) {
  std::size_t start = pos;
  do {
    --start;
  } while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80);
  std::size_t p = start;
  char32_t c = next_char(s, p);
  pos = start;
  return c;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::u32string to_u32(std::string_view s) {
  std::u32string out;
  out.reserve(s.size() / 2);
  for (std::size_t p = 0; p < s.size();) out += next_char(s, p);
  return out;
}

std::string to_utf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 3);
  for (char32_t c : s) append_utf8(out, c);
  return out;
}

std::size_t count_chars(std::string_view s) {
  std::size_t n = 0;
  for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}


bool is_cjk_punct(char32_t c) {
  return (c >= 0x3001 && c <= 0x303F && c != 0x3007) || (c >= 0xFF01 && c <= 0xFF0F) ||
         (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
         (c >= 0xFF5B && c <= 0xFF65) || c == 0x201C || c == 0x201D || c == 0x2018 ||
         c == 0x2019 || c == 0x2026 || c == 0x2014 || c == 0x00B7;
}


bool is_word_char(char32_t c) {
  return is_han(c) || is_ascii_digit(c) || is_latin_letter(c) ||
         (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A) ||
         (c >= 0x0370 && c <= 0x03FF) || (c >= 0x0400 && c <= 0x04FF);
}


int display_width(std::string_view s) {
  int w = 0;
  for (std::size_t p = 0; p < s.size();) {
    char32_t c = next_char(s, p);
    w += (c >= 0x1100 && (is_han(c) || is_cjk_punct(c) || c >= 0x2E80)) ? 2 : 1;
  }
  return w;
}

}  // namespace paiban::parse
