#include "parse/normalize.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "parse/utf8.h"

namespace paiban::parse {

namespace {

bool is_chinese(char32_t c) { return is_han(c) || is_cjk_punct(c); }

const char* full_width(char c) {
  switch (c) {
    case ',': return "，";
    case ':': return "：";
    case ';': return "；";
    case '!': return "！";
    case '?': return "？";
    case '(': return "（";
    case ')': return "）";
    default: return nullptr;
  }
}

bool is_url_byte(char c) {
  return static_cast<unsigned char>(c) > ' ' && static_cast<unsigned char>(c) < 0x80 && c != '"' && c != '<' &&
         c != '>' && c != '(' && c != ')';
}

// Byte ranges of `http://…`, `https://…` and `www.…` spans, which keep
// their punctuation. Brackets end a span: `(见附件)` after a URL is Chinese.
std::vector<std::pair<std::size_t, std::size_t>> url_spans(std::string_view s) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (std::string_view pattern : {"http://", "https://", "www."}) {
    for (std::size_t at = s.find(pattern); at != std::string_view::npos; at = s.find(pattern, at + 1)) {
      std::size_t end = at;
      while (end < s.size() && is_url_byte(s[end])) ++end;
      spans.emplace_back(at, end);
    }
  }
  std::sort(spans.begin(), spans.end());
  return spans;
}

// Answers "is byte i inside a URL?" for increasing i in constant amortised
// time (a line of thousands of URLs and commas must stay linear).
struct UrlCursor {
  const std::vector<std::pair<std::size_t, std::size_t>>& spans;
  std::size_t next = 0;
  std::size_t covered_to = 0;  // end of the spans started so far

  bool contains(std::size_t i) {
    while (next < spans.size() && spans[next].first <= i) covered_to = std::max(covered_to, spans[next++].second);
    return i < covered_to;
  }
};

// A Han character or full-width punctuation on at least one side of byte `i`.
bool chinese_side(std::string_view s, std::size_t i) {
  std::size_t p = i;
  if (i > 0 && is_chinese(prev_char(s, p))) return true;
  p = i + 1;
  return p < s.size() && is_chinese(next_char(s, p));
}

bool is_digit_byte(std::string_view s, std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }

}  // namespace

std::string clean_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  char32_t before = 0;  // last character written
  bool pending = false;
  for (std::size_t p = 0; p < s.size();) {
    std::size_t start = p;
    char32_t c = next_char(s, p);
    if (is_space(c)) {
      pending = true;
      continue;
    }
    if (pending && before != 0 && !is_chinese(before) && !is_chinese(c)) out += ' ';
    pending = false;
    out.append(s.data() + start, p - start);
    before = c;
  }
  return out;
}

std::string normalize_punctuation(std::string_view text) {
  if (text.find_first_of(",:;!?()") == std::string_view::npos) return std::string(text);
  auto spans = url_spans(text);
  UrlCursor urls{spans};
  std::vector<std::size_t> convert;  // byte offsets of ASCII marks to make full-width
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (!full_width(c) || urls.contains(i)) continue;
    if (c == '(') {
      open.push_back(i);
    } else if (c == ')') {
      if (!open.empty()) {  // brackets change as a pair
        std::size_t o = open.back();
        open.pop_back();
        if (chinese_side(text, o) || chinese_side(text, i)) {
          convert.push_back(o);
          convert.push_back(i);
        }
      } else if (chinese_side(text, i)) {
        convert.push_back(i);
      }
    } else if (!(i > 0 && is_digit_byte(text, i - 1) && is_digit_byte(text, i + 1)) && chinese_side(text, i)) {
      convert.push_back(i);  // not between digits: 10:30, 3,000
    }
  }
  for (std::size_t o : open)
    if (chinese_side(text, o)) convert.push_back(o);
  std::sort(convert.begin(), convert.end());
  std::string out;
  out.reserve(text.size() + 2 * convert.size());
  std::size_t copied = 0;
  for (std::size_t i : convert) {
    out.append(text.substr(copied, i - copied));
    out += full_width(text[i]);
    copied = i + 1;
  }
  out.append(text.substr(copied));
  return out;
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
