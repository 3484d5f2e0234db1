#pragma once
// Footnote and reference markers (format.md, body): `[1]`, `[1-2]`,
// `[1]205`, `[1](P26)`, `①`, `〔1〕`, and the notes they point to.
#include <cstddef>
#include <string_view>
#include <vector>

#include "model/article.h"

namespace paiban::parse {

// Characters of a footnote marker starting at `i`, 0 if there is none.
std::size_t marker_length(std::u32string_view text, std::size_t i);

// Characters of a note's leading label (`[1]`, `〔1〕`, `①`, `[注]`, `注:`,
// `[注]①`), 0 if the text does not start like a note.
std::size_t note_label_length(std::u32string_view text);

// `text` as runs: characters [0, emphasis_end) emphasised, footnote markers
// from `refs_from` on as their own runs.
std::vector<model::Run> make_runs(std::u32string_view text, std::size_t emphasis_end, std::size_t refs_from);

}  // namespace paiban::parse
