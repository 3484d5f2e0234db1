#pragma once
// Chinese and circled numerals as used in headings and enumerations.
#include <cstddef>
#include <string>
#include <string_view>

namespace paiban::parse {

// Reads a Chinese numeral 一…九十九 (also 〇/零, 两) at the start of `s`;
// returns its length in characters (0 if none) and sets `value`.
// `—` counts as 一: OCR turns the one-stroke character into a dash.
std::size_t read_chinese_numeral(std::u32string_view s, int& value);
// Reads ASCII or full-width digits; same contract.
std::size_t read_digits(std::u32string_view s, int& value);
// ①…⑳ -> 1…20, else 0.
int circled_value(char32_t c);
// 4 -> `四`, 12 -> `十二`, 21 -> `二十一` (1…99).
std::string chinese_numeral(int value);

}  // namespace paiban::parse
