#pragma once
// Where the blank half of each full-width punctuation glyph lies, measured
// once per face through the font's own `halt` feature (Noto CJK has it).
#include <hb.h>

#include <cstdint>
#include <vector>

namespace paiban::text {

struct PunctTrim {
  uint32_t gid = 0;
  float left = 0, right = 0;  // blank removable on each side, em
};

// Sorted by gid; empty for a face without `halt`.
using HaltTable = std::vector<PunctTrim>;

HaltTable measure_halt(hb_font_t* font);
const PunctTrim* find_trim(const HaltTable& table, uint32_t gid);

}  // namespace paiban::text
