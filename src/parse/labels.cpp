#include "parse/labels.h"

#include <vector>

#include "parse/utf8.h"

namespace paiban::parse {

namespace {

const std::vector<std::u32string_view>& spellings(Label kind) {
  static const std::vector<std::u32string_view> none;
  switch (kind) {
    case Label::keywords: {
      static const std::vector<std::u32string_view> v{U"关键词", U"关键字", U"關鍵詞", U"關鍵字", U"主题词", U"主題詞"};
      return v;
    }
    case Label::keywords_en: {
      static const std::vector<std::u32string_view> v{U"keywords", U"keyword", U"key words", U"key word"};
      return v;
    }
    case Label::abstract: {
      static const std::vector<std::u32string_view> v{U"内容提要", U"內容提要", U"内容摘要", U"摘要", U"提要"};
      return v;
    }
    case Label::abstract_en: {
      static const std::vector<std::u32string_view> v{U"abstract"};
      return v;
    }
    case Label::editor: {
      static const std::vector<std::u32string_view> v{U"本文责编", U"责任编辑", U"責任編輯", U"责编", U"責編", U"编辑", U"編輯"};
      return v;
    }
    case Label::related: {
      static const std::vector<std::u32string_view> v{U"猜你喜欢", U"相关阅读", U"相关文章", U"推荐阅读", U"相关推荐", U"猜你喜歡", U"相關閱讀"};
      return v;
    }
    case Label::author_unit: {
      static const std::vector<std::u32string_view> v{U"作者单位", U"作者單位"};
      return v;
    }
  }
  return none;
}

bool is_open_bracket(char32_t c) {
  return c == '[' || c == U'【' || c == U'〔' || c == U'［' || c == '(' || c == U'（' || c == U'〖';
}
bool is_close_bracket(char32_t c) {
  return c == ']' || c == U'】' || c == U'〕' || c == U'］' || c == ')' || c == U'）' || c == U'〗';
}
char32_t fold_ascii(char32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

// Matches `word` at `p`, letting spaces sit between its characters
// (`关 键 词`, `摘  要`). Returns the byte position after it, or npos.
std::size_t match_spaced(std::string_view s, std::size_t p, std::u32string_view word) {
  for (char32_t want : word) {
    for (;;) {
      if (p >= s.size()) return std::string_view::npos;
      std::size_t q = p;
      char32_t c = next_char(s, q);
      if (is_space(c) && want != ' ') {
        p = q;
        continue;
      }
      if (fold_ascii(c) != want && !(want == ' ' && is_space(c))) return std::string_view::npos;
      p = q;
      break;
    }
  }
  return p;
}

std::size_t skip_spaces(std::string_view s, std::size_t p) {
  while (p < s.size()) {
    std::size_t q = p;
    if (!is_space(next_char(s, q))) break;
    p = q;
  }
  return p;
}

// Whether a label needs a separator (colon, bracket, space) before its
// text: English words and the common word 编辑 do; Chinese field labels in
// the header may run straight into their text (`关键词组织部门`).
bool needs_separator(Label kind) {
  return kind == Label::keywords_en || kind == Label::abstract_en || kind == Label::editor ||
         kind == Label::author_unit;
}

}  // namespace

std::optional<std::string_view> after_label(std::string_view line, Label kind) {
  std::size_t start = 0;
  bool bracketed = false;
  if (!line.empty()) {
    std::size_t q = 0;
    if (is_open_bracket(next_char(line, q))) {
      start = q;
      bracketed = true;
    }
  }
  start = skip_spaces(line, start);
  for (std::u32string_view word : spellings(kind)) {
    std::size_t end = match_spaced(line, start, word);
    if (end == std::string_view::npos) continue;
    std::size_t after_word = end;
    end = skip_spaces(line, end);
    bool separated = end > after_word || end == line.size();
    if (end < line.size()) {
      std::size_t q = end;
      char32_t c = next_char(line, q);
      if (bracketed && is_close_bracket(c)) {
        end = skip_spaces(line, q);
        separated = true;
        q = end;
        c = end < line.size() ? next_char(line, q) : 0;
      }
      if (c == ':' || c == U'：') {
        end = skip_spaces(line, q);
        separated = true;
      }
    }
    std::string_view rest = line.substr(end);
    if (kind == Label::related) {
      if (rest.empty()) return rest;
      continue;
    }
    if (!separated && needs_separator(kind)) continue;
    return rest;
  }
  return std::nullopt;
}

}  // namespace paiban::parse
