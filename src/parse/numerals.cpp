#include "parse/numerals.h"

#include "parse/utf8.h"

namespace paiban::parse {

namespace {

int digit_value(char32_t c) {
  switch (c) {
    case U'〇': case U'零': return 0;
    case U'一': case U'—': return 1;
    case U'二': case U'两': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return -1;
  }
}

}  // namespace

std::size_t read_chinese_numeral(std::u32string_view s, int& value) {
  std::size_t i = 0;
  int tens = 0;
  int first = i < s.size() ? digit_value(s[i]) : -1;
  if (first > 0 && i + 1 < s.size() && s[i + 1] == U'十') {
    tens = first;
    i += 2;
  } else if (i < s.size() && s[i] == U'十') {
    tens = 1;
    i += 1;
  }
  if (tens > 0) {
    int unit = i < s.size() ? digit_value(s[i]) : -1;
    if (unit > 0 && s[i] != U'—') {
      value = tens * 10 + unit;
      return i + 1;
    }
    value = tens * 10;
    return i;
  }
  if (first >= 0) {
    value = first;
    return 1;
  }
  return 0;
}

std::size_t read_digits(std::u32string_view s, int& value) {
  std::size_t i = 0;
  int v = 0;
  while (i < s.size() && i < 4) {
    char32_t c = s[i];
    if (is_ascii_digit(c)) v = v * 10 + static_cast<int>(c - '0');
    else if (c >= 0xFF10 && c <= 0xFF19) v = v * 10 + static_cast<int>(c - 0xFF10);
    else break;
    ++i;
  }
  if (i > 0) value = v;
  return i;
}

int circled_value(char32_t c) { return (c >= 0x2460 && c <= 0x2473) ? static_cast<int>(c - 0x2460 + 1) : 0; }

std::string chinese_numeral(int value) {
  static const char* const digits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (value < 0 || value > 99) return std::to_string(value);
  if (value < 10) return digits[value];
  std::string out = value >= 20 ? digits[value / 10] : "";
  out += "十";
  if (value % 10 != 0) out += digits[value % 10];
  return out;
}

}  // namespace paiban::parse
