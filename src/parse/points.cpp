#include "parse/points.h"

#include "parse/numerals.h"
#include "parse/utf8.h"

namespace paiban::parse {

namespace {

// `三要素`, `一来二去`: compounds that start like a label but are words.
bool is_word_after(char32_t suffix, char32_t next) {
  if (suffix == U'要') {
    for (char32_t c : std::u32string_view(U"素求点件务领义闻员害塞"))
      if (next == c) return true;
  }
  return false;
}

std::optional<PointLabel> chinese_label(std::u32string_view s) {
  int value = 0;
  std::size_t n = read_chinese_numeral(s, value);
  if (n == 0 || value == 0 || s[0] == U'—' || n >= s.size()) return std::nullopt;
  char32_t suffix = s[n];
  if (suffix != U'是' && suffix != U'要' && suffix != U'来') return std::nullopt;
  if (n + 1 >= s.size() || is_word_after(suffix, s[n + 1])) return std::nullopt;
  std::string series;
  append_utf8(series, suffix);
  return PointLabel{n + 1, series, value};
}

std::optional<PointLabel> ordinal_label(std::u32string_view s) {
  if (s.size() > 3 && s[0] == U'第') {
    int value = 0;
    std::size_t n = read_chinese_numeral(s.substr(1), value);
    if (n > 0 && value > 0 && 1 + n < s.size()) {
      char32_t next = s[1 + n];
      if (next == U'是') return PointLabel{n + 2, "第", value};
      if (next == U'，' || next == U'、' || next == U'：' || next == ',') return PointLabel{n + 1, "第", value};
    }
  }
  for (std::u32string_view w : {U"首先", U"其次", U"再次", U"最后"})
    if (s.size() > 3 && s.compare(0, 2, w) == 0 && (s[2] == U'，' || s[2] == ','))
      return PointLabel{2, "首先", 0};
  return std::nullopt;
}

std::optional<PointLabel> numbered_label(std::u32string_view s) {
  int value = 0;
  if (!s.empty() && circled_value(s[0]) > 0 && s.size() > 2) return PointLabel{1, "①", circled_value(s[0])};
  if (!s.empty() && (s[0] == U'（' || s[0] == '(')) {
    std::size_t n = read_digits(s.substr(1), value);
    if (n > 0 && n <= 2 && 1 + n < s.size() && (s[1 + n] == U'）' || s[1 + n] == ')') && 2 + n < s.size())
      return PointLabel{n + 2, "（1）", value};
    return std::nullopt;
  }
  std::size_t n = read_digits(s, value);
  if (n == 0 || n > 2 || n + 1 >= s.size()) return std::nullopt;
  char32_t punct = s[n];
  if ((punct == '.' || punct == U'．' || punct == U'、') && !is_ascii_digit(s[n + 1]))
    return PointLabel{n + 1, punct == U'、' ? "1、" : "1.", value};
  return std::nullopt;
}

}  // namespace

std::optional<PointLabel> match_point_label(std::u32string_view text) {
  if (auto p = chinese_label(text)) return p;
  if (auto p = ordinal_label(text)) return p;
  return numbered_label(text);
}

std::string point_label_text(const std::string& series, int value) {
  if (series == "第") return "第" + chinese_numeral(value);
  if (series == "1.") return std::to_string(value) + ".";
  if (series == "1、") return std::to_string(value) + "、";
  if (series == "（1）") return "（" + std::to_string(value) + "）";
  if (series == "①") {
    std::string s;
    append_utf8(s, 0x2460 + static_cast<char32_t>(value - 1));
    return s;
  }
  return chinese_numeral(value) + series;
}

std::size_t first_sentence_end(std::u32string_view text, std::size_t from, std::size_t limit) {
  for (std::size_t i = from; i < text.size() && i < from + limit; ++i) {
    char32_t c = text[i];
    if (c == U'。' || c == U'；' || c == U'：' || c == U'！' || c == U'？') {
      // keep a closing quote or bracket that belongs to the sentence
      while (i + 1 < text.size() && (text[i + 1] == U'”' || text[i + 1] == U'’' || text[i + 1] == U'）')) ++i;
      return i + 1;
    }
  }
  return 0;
}

}  // namespace paiban::parse
