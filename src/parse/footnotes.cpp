#include "parse/footnotes.h"

#include "parse/numerals.h"
#include "parse/utf8.h"

namespace paiban::parse {

namespace {

// `1`, `1-2`, `1,3` inside brackets.
std::size_t reference_numbers(std::u32string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && (is_ascii_digit(s[j]) || ((s[j] == '-' || s[j] == U'–' || s[j] == ',' || s[j] == U'，' ||
                                                     s[j] == U'、') && j > i)))
    ++j;
  return (j > i && is_ascii_digit(s[j - 1])) ? j - i : 0;
}

bool is_pause(char32_t c) { return c == 0 || is_cjk_punct(c) || (c < 0x80 && !is_ascii_digit(c) && !is_latin_letter(c)); }

// A page reference right after `]`: `205` or `(P26)`.
std::size_t page_suffix(std::u32string_view s, std::size_t i) {
  if (i < s.size() && (s[i] == '(' || s[i] == U'（') && i + 1 < s.size() && (s[i + 1] == 'P' || s[i + 1] == 'p')) {
    std::size_t j = i + 2;
    while (j < s.size() && (is_ascii_digit(s[j]) || s[j] == '-')) ++j;
    if (j > i + 2 && j < s.size() && (s[j] == ')' || s[j] == U'）')) return j + 1 - i;
    return 0;
  }
  std::size_t j = i;
  while (j < s.size() && j - i < 5 && (is_ascii_digit(s[j]) || (s[j] == '-' && j > i))) ++j;
  if (j == i || j - i > 4 || is_ascii_digit(j < s.size() ? s[j] : 0)) return 0;
  return is_pause(j < s.size() ? s[j] : 0) ? j - i : 0;
}

}  // namespace

std::size_t marker_length(std::u32string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (circled_value(s[i]) > 0) return 1;
  char32_t open = s[i];
  char32_t close = open == '[' ? U']' : open == U'［' ? U'］' : open == U'〔' ? U'〕' : 0;
  if (close == 0) return 0;
  std::size_t n = reference_numbers(s, i + 1);
  if (n == 0 || i + 1 + n >= s.size() || s[i + 1 + n] != close) return 0;
  std::size_t end = i + 2 + n;
  return end - i + page_suffix(s, end);
}

std::size_t note_label_length(std::u32string_view s) {
  std::size_t n = 0;
  if (s.compare(0, 3, U"[注]") == 0 || s.compare(0, 3, U"［注］") == 0 || s.compare(0, 3, U"〔注〕") == 0) n = 3;
  else if (s.size() > 1 && s[0] == U'注' && (s[1] == U'：' || s[1] == ':')) return 2;
  else if (s.size() > 1 && s[0] == U'注' && circled_value(s[1]) > 0) n = 1;
  if (n < s.size() && circled_value(s[n]) > 0) return n + 1;
  if (n < s.size() && (s[n] == '[' || s[n] == U'〔' || s[n] == U'［')) {
    std::size_t close = s.find_first_of(U"]〕］", n);
    if (close != std::u32string_view::npos && reference_numbers(s, n + 1) == close - n - 1) return close + 1;
  }
  return n;
}

std::vector<model::Run> make_runs(std::u32string_view text, std::size_t emphasis_end, std::size_t refs_from) {
  std::vector<model::Run> runs;
  auto add = [&](std::size_t from, std::size_t to, bool ref) {
    if (from >= to) return;
    bool emphasis = from < emphasis_end;
    if (!runs.empty() && !ref && !runs.back().footnote_ref && runs.back().emphasis == emphasis) {
      runs.back().text += to_utf8(text.substr(from, to - from));
      return;
    }
    runs.push_back({to_utf8(text.substr(from, to - from)), emphasis, ref});
  };
  std::size_t start = 0;
  for (std::size_t i = refs_from; i < text.size();) {
    std::size_t n = marker_length(text, i);
    if (n == 0) {
      ++i;
      continue;
    }
    // an emphasis boundary inside plain text splits the run
    if (start < emphasis_end && emphasis_end < i) {
      add(start, emphasis_end, false);
      start = emphasis_end;
    }
    add(start, i, false);
    add(i, i + n, true);
    i += n;
    start = i;
  }
  if (start < emphasis_end && emphasis_end < text.size()) {
    add(start, emphasis_end, false);
    start = emphasis_end;
  }
  add(start, text.size(), false);
  return runs;
}

}  // namespace paiban::parse
