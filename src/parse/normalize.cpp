#include "parse/normalize.h"

#include <vector>

#include "parse/utf8.h"

namespace paiban::parse {

namespace {

bool is_chinese(char32_t c) { return is_han(c) || is_cjk_punct(c); }

char32_t full_width(char32_t c) {
  switch (c) {
    case ',': return 0xFF0C;
    case ':': return 0xFF1A;
    case ';': return 0xFF1B;
    case '!': return 0xFF01;
    case '?': return 0xFF1F;
    case '(': return 0xFF08;
    case ')': return 0xFF09;
    default: return c;
  }
}

bool is_url_char(char32_t c) {
  return c < 0x80 && c > ' ' && c != '"' && c != '<' && c != '>' && c != '(' && c != ')';
}

// Marks characters inside `http://…`, `https://…` and `www.…` spans.
std::vector<bool> url_mask(const std::u32string& s) {
  std::vector<bool> mask(s.size(), false);
  auto starts_at = [&](std::size_t i, std::u32string_view w) {
    return s.compare(i, w.size(), w) == 0;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!(starts_at(i, U"http://") || starts_at(i, U"https://") || starts_at(i, U"www."))) continue;
    std::size_t j = i;
    while (j < s.size() && is_url_char(s[j])) mask[j++] = true;
    i = j;
  }
  return mask;
}

bool chinese_side(const std::u32string& s, std::size_t i) {
  return (i > 0 && is_chinese(s[i - 1])) || (i + 1 < s.size() && is_chinese(s[i + 1]));
}

void convert_brackets(std::u32string& s, const std::vector<bool>& in_url) {
  std::vector<std::size_t> open;
  std::vector<bool> done(s.size(), false);
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (in_url[i]) continue;
    if (s[i] == '(') {
      open.push_back(i);
    } else if (s[i] == ')') {
      if (!open.empty()) {
        std::size_t o = open.back();
        open.pop_back();
        if (chinese_side(s, o) || chinese_side(s, i)) {
          s[o] = full_width('(');
          s[i] = full_width(')');
        }
        done[o] = done[i] = true;
      } else if (chinese_side(s, i)) {
        s[i] = full_width(')');
      }
    }
  }
  for (std::size_t o : open)
    if (!done[o] && chinese_side(s, o)) s[o] = full_width('(');
}

}  // namespace

std::string clean_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  char32_t before = 0;  // last character written
  bool pending = false;
  for (std::size_t p = 0; p < s.size();) {
    char32_t c = next_char(s, p);
    if (is_space(c)) {
      pending = true;
      continue;
    }
    if (pending && before != 0 && !is_chinese(before) && !is_chinese(c)) out += ' ';
    pending = false;
    append_utf8(out, c);
    before = c;
  }
  return out;
}

std::string normalize_punctuation(std::string_view text) {
  bool any = false;
  for (char ch : text)
    if (ch == ',' || ch == ':' || ch == ';' || ch == '!' || ch == '?' || ch == '(' || ch == ')') {
      any = true;
      break;
    }
  if (!any) return std::string(text);
  std::u32string s = to_u32(text);
  std::vector<bool> in_url = url_mask(s);
  convert_brackets(s, in_url);
  for (std::size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (in_url[i] || !(c == ',' || c == ':' || c == ';' || c == '!' || c == '?')) continue;
    char32_t prev = i > 0 ? s[i - 1] : 0;
    char32_t next = i + 1 < s.size() ? s[i + 1] : 0;
    if (is_ascii_digit(prev) && is_ascii_digit(next)) continue;  // 10:30, 3,000
    if (chinese_side(s, i)) s[i] = full_width(c);
  }
  return to_utf8(s);
}

std::string normalize_text(std::string_view s) { return normalize_punctuation(clean_spaces(s)); }

std::string normalize_title(std::string_view s) {
  std::vector<std::string> words(1);
  bool letter_spaced = true;
  for (std::size_t p = 0; p < s.size();) {
    std::size_t q = p;
    char32_t c = next_char(s, q);
    if (is_space(c)) {
      if (!words.back().empty()) words.emplace_back();
    } else {
      words.back().append(s.substr(p, q - p));
    }
    p = q;
  }
  if (words.back().empty()) words.pop_back();
  for (const std::string& w : words) letter_spaced = letter_spaced && count_chars(w) == 1;
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty() && !letter_spaced) {
      std::size_t end = out.size(), start = 0;
      // no space next to full-width punctuation: `一、 创新` -> `一、创新`
      if (!is_cjk_punct(prev_char(out, end)) && !is_cjk_punct(next_char(w, start))) out += ' ';
    }
    out += w;
  }
  return normalize_punctuation(out);
}

std::string strip_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t p = 0; p < s.size();) {
    std::size_t q = p;
    char32_t c = next_char(s, q);
    if (!is_space(c)) out.append(s.substr(p, q - p));
    p = q;
  }
  return out;
}

std::string word_key(std::string_view s) {
  std::string out;
  for (std::size_t p = 0; p < s.size();) {
    std::size_t q = p;
    if (is_word_char(next_char(s, q))) out.append(s.substr(p, q - p));
    p = q;
  }
  return out;
}

}  // namespace paiban::parse
