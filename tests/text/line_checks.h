#pragma once
// The invariants every set paragraph must satisfy, checked with Catch2.
#include <string>

#include "text/paragraph.h"

namespace paiban::text::testing {

struct CheckOptions {
  bool words_fit = true;  // every Latin word is narrower than the measure: never split
};

// Checks: the lines' text is the input; no line wider than the measure; no
// line starting or ending with a prohibited character; justified lines fill
// the measure; the last line is not stretched; glyph clusters index the text.
void check_lines(const ParagraphSpec& spec, const ParagraphResult& result, CheckOptions options = {});

// Replaces the archive's half-width ,:;() between CJK characters with the
// full-width forms, as the parser does.
std::string full_width_punctuation(const std::string& text);

}  // namespace paiban::text::testing
