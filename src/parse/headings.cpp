#include "parse/headings.h"

#include "parse/numerals.h"
#include "parse/utf8.h"

namespace paiban::parse {

namespace {

bool is_open(char32_t c) { return c == U'（' || c == '(' || c == U'〔'; }
bool is_close(char32_t c) { return c == U'）' || c == ')' || c == U'〕'; }

std::optional<HeadingNumber> bracketed(std::u32string_view s) {
  if (s.empty() || !is_open(s[0])) return std::nullopt;
  int value = 0;
  std::size_t n = read_chinese_numeral(s.substr(1), value);
  if (n == 0 || value == 0 || 1 + n >= s.size() || !is_close(s[1 + n])) return std::nullopt;
  if (2 + n >= s.size()) return std::nullopt;  // a number alone is no heading
  return HeadingNumber{2, n + 2, "（）", value};
}

std::optional<HeadingNumber> enumerated(std::u32string_view s) {
  int value = 0;
  std::size_t n = read_chinese_numeral(s, value);
  if (n == 0 || value == 0 || n >= s.size()) return std::nullopt;
  char32_t punct = s[n];
  if (punct != U'、' && punct != '.' && punct != U'．') return std::nullopt;
  if (n + 1 >= s.size() || is_ascii_digit(s[n + 1])) return std::nullopt;
  return HeadingNumber{1, n + 1, punct == U'、' ? "、" : ".", value};
}

std::optional<HeadingNumber> chapter(std::u32string_view s) {
  if (s.empty() || s[0] != U'第') return std::nullopt;
  int value = 0;
  std::size_t n = read_chinese_numeral(s.substr(1), value);
  if (n == 0) n = read_digits(s.substr(1), value);
  if (n == 0 || value == 0) return std::nullopt;
  std::size_t p = 1 + n;
  auto unit = [&](std::u32string_view u) { return s.compare(p, u.size(), u) == 0; };
  for (std::u32string_view u : {std::u32string_view(U"章"), std::u32string_view(U"部分"), std::u32string_view(U"篇"),
                                std::u32string_view(U"讲")})
    if (unit(u)) return HeadingNumber{1, p + u.size(), std::u32string_view(U"章") == u ? "章" : "篇", value};
  if (unit(U"节")) return HeadingNumber{2, p + 1, "节", value};
  return std::nullopt;
}

// `1.1`, `2.1.1` (level 2) and `1 引言` (level 1, with the space in the raw line).
std::optional<HeadingNumber> decimal(std::u32string_view s, std::string_view raw) {
  int value = 0;
  std::size_t n = read_digits(s, value);
  if (n == 0 || n > 2) return std::nullopt;
  std::size_t p = n;
  int groups = 0;
  int last = value;
  while (p + 1 < s.size() && (s[p] == '.' || s[p] == U'．') && is_ascii_digit(s[p + 1])) {
    std::size_t m = read_digits(s.substr(p + 1), last);
    if (m > 2) return std::nullopt;
    p += 1 + m;
    ++groups;
  }
  if (p >= s.size() || !(is_han(s[p]) || is_latin_letter(s[p]))) return std::nullopt;
  if (groups > 0) return HeadingNumber{2, p, groups == 1 ? "1.1" : "1.1.1", last};
  // `1 引言`: digits, then white space, then Han, in the raw line.
  std::size_t r = 0;
  while (r < raw.size() && raw[r] >= '0' && raw[r] <= '9') ++r;
  if (r == 0 || r >= raw.size() || !(raw[r] == ' ' || raw[r] == '\t' || raw.substr(r, 3) == "\u3000"))
    return std::nullopt;
  if (!is_han(s[p])) return std::nullopt;
  return HeadingNumber{1, p, "1", value};
}

}  // namespace

std::optional<HeadingNumber> match_heading_number(std::u32string_view text, std::string_view raw) {
  if (auto h = bracketed(text)) return h;
  if (auto h = enumerated(text)) return h;
  if (auto h = chapter(text)) return h;
  return decimal(text, raw);
}

bool is_unnumbered_heading(std::u32string_view text) {
  std::u32string s;
  for (char32_t c : text)
    if (!is_space(c) && c != U'：' && c != ':') s += c;
  for (std::u32string_view w : {U"引言", U"前言", U"导言", U"绪论", U"结语", U"结论", U"结束语", U"小结", U"余论",
                                U"参考文献", U"注释", U"注释与参考文献", U"后记", U"附录", U"致谢"})
    if (s == w) return true;
  return false;
}

bool starts_notes(std::u32string_view text) {
  std::u32string s;
  for (char32_t c : text)
    if (!is_space(c) && c != U'：' && c != ':') s += c;
  return s == U"参考文献" || s == U"注释" || s == U"注释与参考文献" || s == U"注" || s == U"参考资料";
}

bool reads_as_heading(std::u32string_view text) {
  if (text.size() > 40) return false;
  // A full stop anywhere means a sentence (`2.1.1筹资风险近年来,…较大。`);
  // `?` and `!` may end a heading (`一、为什么要加强党建?`).
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == U'。' || text[i] == U'；') return false;
    if (i + 1 < text.size() && (text[i] == U'！' || text[i] == U'？')) return false;
  }
  return true;
}

}  // namespace paiban::parse
