#pragma once
// UTF-8 stepping and the character classes the parser's rules are written in.
// Input is always valid UTF-8 here: decode.cpp has repaired it.
#include <cstddef>
#include <string>
#include <string_view>

namespace paiban::parse {

// Decodes the code point at `pos` and advances `pos` past it.
char32_t next_char(std::string_view s, std::size_t& pos);
// Decodes the code point ending just before `pos` and moves `pos` back to its start.
char32_t prev_char(std::string_view s, std::size_t& pos);
void append_utf8(std::string& out, char32_t c);
std::u32string to_u32(std::string_view s);
std::string to_utf8(std::u32string_view s);
std::size_t count_chars(std::string_view s);

// Han ideographs, including 〇 and the extension planes.
bool is_han(char32_t c);
// Full-width CJK punctuation and brackets (、。,:;“”《》…), which also make a
// Chinese context for the normalisation rules (typography.md, characters and widths).
bool is_cjk_punct(char32_t c);
bool is_ascii_digit(char32_t c);
bool is_latin_letter(char32_t c);
// Letters and digits of any script: what the character-preservation property counts.
bool is_word_char(char32_t c);
// ASCII and Unicode spaces, including the ideographic space U+3000 and NBSP.
bool is_space(char32_t c);
// Width in half-em units, for spotting hard-wrapped lines.
int display_width(std::string_view s);

}  // namespace paiban::parse
