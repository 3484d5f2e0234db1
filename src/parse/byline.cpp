#include "parse/byline.h"

#include <initializer_list>

#include "parse/lines.h"
#include "parse/normalize.h"
#include "parse/utf8.h"

namespace paiban::parse {

namespace {

bool is_marker(char32_t c) {
  return c == U'■' || c == U'□' || c == U'●' || c == U'○' || c == U'◆' || c == U'◇' || c == U'▲' ||
         c == U'△' || c == U'★' || c == U'☆' || c == U'•' || c == U'▪' || c == U'◎';
}

// Length in bytes of a byline prefix such as `■`, `文/`, `作者:`; 0 if none.
std::size_t marker_length(std::string_view line) {
  if (line.empty()) return 0;
  std::size_t p = 0;
  if (is_marker(next_char(line, p))) return p;
  for (std::string_view prefix : {"文/", "文 /", "文／", "作者:", "作者：", "撰文/", "撰文:"})
    if (line.substr(0, prefix.size()) == prefix) return prefix.size();
  return 0;
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

bool is_role(std::string_view token) {
  for (std::string_view w : {"书记", "部长", "主任", "局长", "县长", "市长", "省长", "区长", "乡长", "镇长",
                             "主席", "委员", "常委", "校长", "院长", "所长", "厅长", "处长", "科长", "经理",
                             "教授", "讲师", "研究员", "记者", "通讯员", "编辑", "干部", "博士", "硕士",
                             "研究生", "教师", "代表", "组长", "队长", "支书", "首席"})
    if (ends_with(token, w)) return true;
  return token.find("、") != std::string_view::npos || count_chars(token) > 4;
}

struct NameToken {
  std::string name;
  std::vector<std::string> marks;
};

// `张天柱1,2*` -> 张天柱 + {1, 2, *}. Fails on anything but Han, `·` and marks.
std::optional<NameToken> read_name(std::string_view token) {
  NameToken out;
  std::size_t p = 0;
  int han = 0;
  while (p < token.size()) {
    std::size_t q = p;
    char32_t c = next_char(token, q);
    if (!is_han(c) && c != U'·') break;
    han += is_han(c);
    p = q;
  }
  if (han == 0) return std::nullopt;
  out.name = std::string(token.substr(0, p));
  std::string mark;
  while (p < token.size()) {
    std::size_t q = p;
    char32_t c = next_char(token, q);
    if (is_ascii_digit(c)) {
      mark += static_cast<char>(c);
    } else if (c == '*' || c == U'∗' || c == U'＊') {
      if (!mark.empty()) out.marks.push_back(mark);
      out.marks.push_back("*");
      mark.clear();
    } else if (c == ',' || c == U'，') {
      if (!mark.empty()) out.marks.push_back(mark);
      mark.clear();
    } else {
      return std::nullopt;
    }
    p = q;
  }
  if (!mark.empty()) out.marks.push_back(mark);
  return out;
}

std::vector<std::string_view> split_tokens(std::string_view line) {
  std::vector<std::string_view> tokens;
  std::size_t p = 0, start = 0;
  while (p < line.size()) {
    std::size_t q = p;
    char32_t c = next_char(line, q);
    bool separator = is_space(c) || ((c == U'，' || c == ',' || c == U'；' || c == ';') &&
                                     !(p > 0 && is_ascii_digit(static_cast<unsigned char>(line[p - 1]))));
    if (separator) {
      if (p > start) tokens.push_back(line.substr(start, p - start));
      start = q;
    }
    p = q;
  }
  if (start < line.size()) tokens.push_back(line.substr(start));
  return tokens;
}

// Splits `张三、李四` into names when every part is one; otherwise keeps the token.
std::vector<std::string_view> split_name_list(std::string_view token) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (;;) {
    std::size_t at = token.find("、", start);
    parts.push_back(token.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 3;
  }
  if (parts.size() == 1) return parts;
  for (std::string_view part : parts) {
    auto name = read_name(part);
    if (!name || count_chars(name->name) < 2 || count_chars(name->name) > 4) return {token};
  }
  return parts;
}

struct BylineBuilder {
  std::vector<model::Author> authors;
  std::string role;
  bool role_used = true;
  std::string singles;  // letter-spaced characters of one name: 姜 荣

  // `marks` came on the last character: `李 明2`.
  bool flush_singles(std::vector<std::string> marks = {}) {
    std::size_t n = count_chars(singles);
    if (n == 0) return true;
    if (n == 1) return false;
    if (n == 4) {  // 姜 荣 李 明: two two-character names
      add(singles.substr(0, singles.size() / 2), {});
      add(singles.substr(singles.size() / 2), std::move(marks));
    } else if (n <= 3) {
      add(singles, std::move(marks));
    } else {
      return false;
    }
    singles.clear();
    return true;
  }
  void add(std::string name, std::vector<std::string> marks) {
    authors.push_back({std::move(name), role, std::move(marks)});
    role_used = true;
  }
  void set_role(std::string_view token) {
    if (!role_used) role += ' ';
    else role.clear();
    role += token;
    role_used = false;
  }
};

}  // namespace

bool has_byline_marker(std::string_view line) { return marker_length(line) > 0; }

std::optional<std::vector<model::Author>> match_byline(std::string_view line) {
  line = trim(line.substr(marker_length(line)));
  std::vector<std::string_view> tokens = split_tokens(line);
  if (tokens.empty() || tokens.size() > 16) return std::nullopt;
  BylineBuilder b;
  for (std::string_view token : tokens) {
    for (std::string_view part : split_name_list(token)) {
      auto name = read_name(part);
      std::size_t n = name ? count_chars(name->name) : 0;
      if (name && n == 1) {
        b.singles += name->name;
        if (!name->marks.empty() && !b.flush_singles(name->marks)) return std::nullopt;
        continue;
      }
      if (!b.flush_singles()) return std::nullopt;
      if (name && n >= 2 && n <= 4 && !(name->marks.empty() && is_role(name->name))) {
        b.add(name->name, name->marks);
      } else if (name && name->marks.empty() && is_role(part)) {
        b.set_role(part);
      } else if (!name && is_role(part) && count_chars(part) <= 40) {
        b.set_role(part);  // roles may carry `、` or digits (`第1书记`)
      } else {
        return std::nullopt;
      }
    }
  }
  if (!b.flush_singles() || b.authors.empty()) return std::nullopt;
  if (!b.role_used)  // `姜荣 组织部长`: a trailing role belongs to the names before it
    for (model::Author& a : b.authors)
      if (a.role.empty()) a.role = b.role;
  for (model::Author& a : b.authors) a.role = normalize_text(a.role);
  return b.authors;
}

model::Author author_from_glued_text(std::string_view text) {
  model::Author a;
  std::string s = strip_spaces(text);
  auto name = read_name(s);
  if (name && count_chars(name->name) <= 4 && !is_role(name->name)) {
    a.name = name->name;
    a.marks = name->marks;
  } else {
    a.role = normalize_text(s);
  }
  return a;
}

std::optional<std::vector<std::string>> match_affiliations(std::string_view line) {
  auto starts = [&](std::string_view w) { return line.substr(0, w.size()) == w; };
  auto ends = [&](std::string_view w) { return ends_with(line, w); };
  if (!((starts("(") || starts("（")) && (ends(")") || ends("）")))) return std::nullopt;
  std::string_view inner = line.substr(starts("(") ? 1 : 3);
  inner.remove_suffix(ends(")") ? 1 : 3);
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= inner.size()) {
    std::size_t a = inner.find(";", start), b = inner.find("；", start);
    std::size_t at = std::min(a, b);
    std::string_view part = trim(inner.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (!part.empty()) {
      // Keep the spaces between place names (`甘肃 兰州 730000`), collapsed to one.
      std::string collapsed;
      bool space = false;
      for (std::size_t p = 0; p < part.size();) {
        char32_t c = next_char(part, p);
        if (is_space(c)) {
          space = true;
          continue;
        }
        if (space) collapsed += ' ';
        space = false;
        append_utf8(collapsed, c);
      }
      out.push_back(normalize_punctuation(collapsed));
    }
    if (at == std::string_view::npos) break;
    start = at + (at == a ? 1 : 3);
  }
  if (out.empty()) return std::nullopt;
  return out;
}

}  // namespace paiban::parse
