#pragma once
// One Type 2 charstring (Adobe TN 5177) made self-contained for a subset:
// every subroutine call is replaced by the subroutine's code and every hint
// (stems, hintmask, cntrmask) is dropped. Numbers and path operators are
// copied byte for byte, so the outline is exactly the source's.
//
// Dropping hints loses nothing in print (a RIP renders at a size where hints
// do nothing) and keeps the subset small: with subroutines and hints kept, a
// Noto Serif CJK subset embedded 40 % larger, because a glyph reaches only a
// few of the thousands of subroutines but needs every one of their offsets.
#include <string>
#include <string_view>

#include "export/pdf/cff_reader.h"

namespace paiban::export_pdf::cff {

// A subroutine INDEX and the bias added to a call's operand (TN 5177 4.7).
struct Subrs {
  Reader* reader = nullptr;  // null: the font has no such INDEX
  Index index;
  int bias = 0;

  Subrs() = default;
  Subrs(Reader& r, const Index& ix);
};

// Appends the flattened charstring to `out`. False when the charstring is
// malformed or uses what a CFF for PDF has no business with (the deprecated
// arithmetic operators, CFF2's blend): the caller falls back to a general
// subsetter.
bool flatten_charstring(std::string_view charstring, const Subrs& global, const Subrs& local, std::string& out);

}  // namespace paiban::export_pdf::cff
