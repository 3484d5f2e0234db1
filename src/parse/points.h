#pragma once
// Enumerated points inside the body (format.md, body): a paragraph opening
// with `一是` `二要` `第一,` `首先,` `1.` `(1)` `①`. Numbering runs per series.
#include <optional>
#include <string>
#include <string_view>

namespace paiban::parse {

struct PointLabel {
  std::size_t length = 0;  // characters of the label
  std::string series;      // `是`, `要`, `第`, `1.`, `（1）`, `①`, `首先`
  int value = 0;           // 1-based; 0 for ordinal words without a number (`首先`)
};

std::optional<PointLabel> match_point_label(std::u32string_view text);

// The label as the series prints it for `value`: (`是`, 4) -> `四是`.
std::string point_label_text(const std::string& series, int value);

// Characters of the first sentence of `text` starting at `from`, up to and
// including the first `。` `;` `:` `!` `?`; 0 when there is none within `limit`.
std::size_t first_sentence_end(std::u32string_view text, std::size_t from, std::size_t limit);

}  // namespace paiban::parse
