#include "parse/keywords.h"

#include <climits>
#include <map>

#include "parse/lines.h"
#include "parse/utf8.h"

namespace paiban::parse {

namespace {

bool is_separator(char32_t c) {
  return is_space(c) || c == ';' || c == U'；' || c == ',' || c == U'，' || c == U'、' || c == '|' ||
         c == U'｜' || c == '/' || c == U'／';
}

// Occurrences of `term` in `body` (capped: only relative sizes matter).
int occurrences(std::string_view body, std::string_view term) {
  int n = 0;
  for (std::size_t at = body.find(term); at != std::string_view::npos && n < 1000; at = body.find(term, at + 1)) ++n;
  return n;
}

struct Segmenter {
  std::string_view body;
  std::u32string text;
  std::map<std::pair<std::size_t, std::size_t>, int> counts;

  int count(std::size_t from, std::size_t to) {
    auto [it, fresh] = counts.try_emplace({from, to}, 0);
    if (fresh) it->second = occurrences(body, to_utf8(text.substr(from, to - from)));
    return it->second;
  }

  // A term is a unit of the body, not two terms that happen to meet there:
  // `考核干部` (2 times) next to `考核` (15) and `干部` (30) is two terms;
  // `组织部门` (20) next to `部门` (23) is one.
  bool cohesive(std::size_t from, std::size_t to) {
    int whole = count(from, to);
    if (whole == 0) return false;
    for (std::size_t k = from + 2; k + 2 <= to; ++k) {
      int left = count(from, k), right = count(k, to);
      if (left > 0 && right > 0 && whole * 2 < std::min(left, right)) return false;
    }
    return true;
  }

  // Fewest cohesive terms of 2–8 characters covering the text; empty if none.
  std::vector<std::string> split() {
    const std::size_t n = text.size();
    std::vector<int> best(n + 1, INT_MAX);
    std::vector<std::size_t> from(n + 1, 0);
    best[0] = 0;
    for (std::size_t j = 2; j <= n; ++j)
      for (std::size_t i = j >= 8 ? j - 8 : 0; i + 2 <= j; ++i)
        if (best[i] != INT_MAX && best[i] + 1 < best[j] && cohesive(i, j)) {
          best[j] = best[i] + 1;
          from[j] = i;
        }
    std::vector<std::string> terms;
    if (best[n] == INT_MAX) return terms;
    for (std::size_t j = n; j > 0; j = from[j]) terms.insert(terms.begin(), to_utf8(text.substr(from[j], j - from[j])));
    return terms;
  }
};

}  // namespace

std::vector<std::string> split_keywords(std::string_view raw, std::string_view body) {
  std::vector<std::string> terms;
  std::u32string text = to_u32(trim(raw));
  if (text.empty()) return terms;
  bool separated = false, all_han = true;
  for (char32_t c : text) {
    separated = separated || is_separator(c);
    all_han = all_han && is_han(c);
  }
  if (separated) {
    std::u32string cur;
    for (char32_t c : text) {
      if (is_separator(c)) {
        if (!cur.empty()) terms.push_back(to_utf8(cur));
        cur.clear();
      } else {
        cur += c;
      }
    }
    if (!cur.empty()) terms.push_back(to_utf8(cur));
    return terms;
  }
  if (all_han && text.size() >= 4 && text.size() <= 40) {
    // The article's own text decides; 256 KB is plenty to count terms in.
    Segmenter seg{body.substr(0, 256u << 10), text, {}};
    terms = seg.split();
    if (!terms.empty()) return terms;
  }
  return {to_utf8(text)};
}

}  // namespace paiban::parse
