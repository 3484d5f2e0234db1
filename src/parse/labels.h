#pragma once
// Field labels of the front and back matter: `关键词:`, `【摘 要】`,
// `(责编:…)`. Each kind has its spellings (simplified, traditional, letter-spaced,
// bracketed, with or without colon).
#include <optional>
#include <string_view>

namespace paiban::parse {

enum class Label { keywords, keywords_en, abstract, abstract_en, editor, related, author_unit };

// If `line` starts with a label of `kind`, returns the text after it (label,
// brackets and colon removed; a closing bracket at the end is kept for the
// caller). For `related`, the line must be the label alone.
std::optional<std::string_view> after_label(std::string_view line, Label kind);

}  // namespace paiban::parse
