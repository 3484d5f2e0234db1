#pragma once
// Character classes and the line-breaking and spacing rules of W3C
// "Requirements for Chinese Text Layout" (clreq) as tables and small
// predicates. Each table names the clreq section it implements.
#include <cstdint>

namespace paiban::text {

// How a character takes part in line composition.
enum class CharClass : uint8_t {
  han,          // ideographs, kana, full-width forms: one em on the grid
  latin,        // letters and digits of alphabetic scripts, set in the Latin font
  space,        // inter-word space: stretchable glue, dropped at a line end
  opening,      // opening brackets and quotes: ink right, blank left half
  closing,      // closing brackets and quotes: ink left, blank right half
  stop,         // ,。、:;!? : in GB fonts ink left, blank right half
  middle,       // · and (zh-Hant) centred stops: blank quarters on both sides
  dash,         // — and …: full ink, used in pairs that never break
  other,        // symbols, Latin punctuation
};

// clreq "Punctuation marks": which class a character belongs to. `hant`
// selects the Traditional convention where ,。、 etc. are centred.
CharClass char_class(char32_t c, bool hant);

// clreq "Prohibition rules for line start": closing brackets and quotes, stops,
// the dash and ellipsis, the middle dot, and %.
bool not_at_line_start(char32_t c);
// clreq "Prohibition rules for line end": opening brackets and quotes.
bool not_at_line_end(char32_t c);
// clreq "Unbreakable marks": the two-em dash —— and the ellipsis …… (two
// characters each) are never split across lines.
bool unbreakable_pair(char32_t a, char32_t b);
// clreq "Numbers with units": a Han measure word or unit sign directly
// after a digit stays with it (2014年, 85%, 3.5亿).
bool unit_after_number(char32_t c);

bool is_digit(char32_t c);
// Characters set in the Latin face (alphabetic scripts, ASCII symbols)
// rather than the CJK face; the middle dot stays CJK.
bool wants_latin_font(char32_t c);
// clreq "Spacing between Chinese and Western text": a quarter em goes
// between a Han character and a Latin letter or digit.
bool han_latin_spacing(CharClass a, CharClass b);

// Blank parts of a full-width punctuation glyph, in em, that compression may
// remove (GB convention for Simplified Chinese fonts).
struct BlankSides {
  float left = 0, right = 0;
};
BlankSides blank_sides(CharClass c);
bool is_punctuation(CharClass c);

}  // namespace paiban::text

namespace paiban::text {
// Every full-width punctuation mark whose blank part may be compressed.
const char32_t* compressible_punctuation();  // zero-terminated
}  // namespace paiban::text
