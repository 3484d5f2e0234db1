#include "text/clreq.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace paiban::text {
namespace {

// The common case first: a unified ideograph is in none of the punctuation tables.
bool ideograph(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

bool in(std::u32string_view table, char32_t c) {
  return !ideograph(c) && table.find(c) != std::u32string_view::npos;
}

// clreq "Prohibition rules for line start" (GB/T 15834 marks plus the
// closing half of every pair; ASCII forms for archives that mix them in).
constexpr std::u32string_view kNotAtLineStart =
    U"，。、：；！？）］｝」』》〉】〕〗〙〛”’…—·・％‰℃"
    U",.:;!?)]}%"
    U"﹚﹜﹞〞ゝゞヽヾ々〻ー～";

// clreq "Prohibition rules for line end": the opening half of every pair.
constexpr std::u32string_view kNotAtLineEnd = U"（〔［｛「『《〈【〖〘〚“‘([{〝";

// clreq "Punctuation marks": opening brackets and quotes (ink on the right).
constexpr std::u32string_view kOpening = U"（〔［｛「『《〈【〖〘〚“‘〝";
// Closing brackets and quotes (ink on the left).
constexpr std::u32string_view kClosing = U"）〕］｝」』》〉】〗〙〛”’〞";
// Pause and stop marks: in mainland (GB) fonts ink sits bottom-left.
constexpr std::u32string_view kStops = U"，。、：；！？";
// Centred marks: the interpunct of foreign names.
constexpr std::u32string_view kMiddle = U"·・";
// The two-em dash and the ellipsis are written as pairs of these.
constexpr std::u32string_view kDashes = U"—…⸺⋯";

// clreq "Numbers with units": Han units and counters that follow a number.
constexpr std::u32string_view kUnitsAfterNumber =
    U"%％‰℃°′″年月日时分秒点个元角万亿千百十米克斤吨亩倍岁次人名项户件台所家";

bool is_han(char32_t c) {
  return (c >= 0x2E80 && c <= 0x2FDF) ||   // radicals
         (c >= 0x3005 && c <= 0x3007) ||   // 々〆〇
         (c >= 0x3040 && c <= 0x31FF) ||   // kana, bopomofo, strokes
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xAC00 && c <= 0xD7AF) ||   // hangul
         (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A) ||
         (c >= 0x2460 && c <= 0x24FF) ||   // circled numbers ①
         (c >= 0x3220 && c <= 0x32FF) ||   // parenthesised and circled ideographs
         (c >= 0x20000 && c <= 0x3FFFF);
}

}  // namespace

CharClass char_class(char32_t c, bool hant) {
  if (ideograph(c)) return CharClass::han;
  if (c == U' ' || c == 0x00A0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A)) return CharClass::space;
  if (is_han(c)) return CharClass::han;
  if (in(kOpening, c)) return CharClass::opening;
  if (in(kClosing, c)) return CharClass::closing;
  if (in(kStops, c)) return hant ? CharClass::middle : CharClass::stop;
  if (in(kMiddle, c)) return CharClass::middle;
  if (in(kDashes, c)) return CharClass::dash;
  if (wants_latin_font(c) && u_isalnum(static_cast<UChar32>(c))) return CharClass::latin;
  return CharClass::other;
}

bool not_at_line_start(char32_t c) { return in(kNotAtLineStart, c); }
bool not_at_line_end(char32_t c) { return in(kNotAtLineEnd, c); }

bool unbreakable_pair(char32_t a, char32_t b) { return a == b && in(kDashes, a); }

bool unit_after_number(char32_t c) { return kUnitsAfterNumber.find(c) != std::u32string_view::npos; }

bool is_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= 0xFF10 && c <= 0xFF19); }

bool wants_latin_font(char32_t c) {
  if (c < 0x20 || c == 0x00B7) return false;
  return c < 0x0530 || (c >= 0x1E00 && c <= 0x1FFF) || (c >= 0x2010 && c <= 0x2013);
}

bool han_latin_spacing(CharClass a, CharClass b) {
  return (a == CharClass::han && b == CharClass::latin) || (a == CharClass::latin && b == CharClass::han);
}

BlankSides blank_sides(CharClass c) {
  switch (c) {
    case CharClass::opening: return {0.5f, 0};
    case CharClass::closing:
    case CharClass::stop: return {0, 0.5f};
    case CharClass::middle: return {0.25f, 0.25f};
    default: return {};
  }
}

bool is_punctuation(CharClass c) {
  return c == CharClass::opening || c == CharClass::closing || c == CharClass::stop || c == CharClass::middle;
}

}  // namespace paiban::text

namespace paiban::text {
const char32_t* compressible_punctuation() {
  static const std::u32string all = std::u32string(kOpening) + std::u32string(kClosing) +
                                    std::u32string(kStops) + std::u32string(kMiddle);
  return all.c_str();
}
}  // namespace paiban::text
