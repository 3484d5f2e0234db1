#include "parse/dedupe.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "parse/normalize.h"
#include "parse/report.h"
#include "parse/utf8.h"

namespace paiban::parse {

std::size_t drop_repeated_copy(const std::vector<Line>& lines, model::Article& a) {
  std::vector<std::size_t> index;  // non-blank lines
  std::vector<std::string_view> key;  // trimmed lines: a pasted copy repeats them byte for byte
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    index.push_back(i);
    key.push_back(lines[i].text);
  }
  const std::size_t n = key.size();
  std::size_t best_start = n, best_len = 0, best_source = 0;
  std::size_t anchors = 0;
  for (std::size_t j = 0; j < n && anchors < 8; ++j) {
    if (count_chars(key[j]) < 6) continue;
    ++anchors;
    // The copy is at most as long as what it copies, so it starts in the
    // latter part of the text; a few occurrences of the anchor are enough to
    // try (a file of one line repeated must not cost quadratic time).
    std::size_t tried = 0;
    for (std::size_t s = std::max(j + 1, (n * 4) / 9); s < n && s < best_start && tried < 16; ++s) {
      if (key[s] != key[j]) continue;
      ++tried;
      std::size_t t = 0;
      while (s + t < n && j + t < s && key[j + t] == key[s + t]) ++t;
      // the copy must be substantial and reach (nearly) the end of the file
      if (t >= 3 && t * 5 >= (n - s) * 4) {
        best_start = s;
        best_len = t;
        best_source = j;
      }
    }
  }
  if (best_start == n) return lines.size();
  std::size_t first = index[best_start], last = index[best_start + best_len - 1];
  report_dropped_lines(a, lines, first, last, model::Severity::warning,
                       "article pasted twice: repeat of line " + std::to_string(lines[index[best_source]].number) +
                           " on dropped");
  return first;
}

void drop_duplicate_blocks(model::Article& a) {
  std::unordered_map<std::string, int> seen;
  std::vector<model::Block> kept;
  kept.reserve(a.blocks.size());
  for (model::Block& b : a.blocks) {
    std::string text = b.text();
    if (count_chars(text) >= 20) {
      auto [it, fresh] = seen.emplace(text, b.line);
      if (!fresh) {
        report_dropped_text(a, b.line, text, model::Severity::warning,
                            "duplicate paragraph dropped (same as line " + std::to_string(it->second) + ")");
        continue;
      }
    }
    kept.push_back(std::move(b));
  }
  a.blocks = std::move(kept);
}

}  // namespace paiban::parse
