#include "export/pdf/cff_charstring.h"

#include <cstdint>
#include <iterator>
#include <optional>

namespace paiban::export_pdf::cff {

namespace {

int subr_bias(std::size_t count) { return count < 1240 ? 107 : count < 33900 ? 1131 : 32768; }

constexpr int kMaxStack = 48;      // TN 5177 appendix B
constexpr int kMaxCallDepth = 10;  // same

// Bytes of a number by its first byte; 0 for an operator (TN 5177 table 1).
constexpr auto kNumberSize = [] {
  struct Table {
    uint8_t size[256] = {};
  } t;
  for (int b = 32; b <= 246; ++b) t.size[b] = 1;
  for (int b = 247; b <= 254; ++b) t.size[b] = 2;
  t.size[28] = 3;
  t.size[255] = 5;
  return t;
}();

struct Bytes {
  const char* at = nullptr;
  std::size_t size = 0;
};

// Walks the charstring as an interpreter would, holding operands back until
// their operator decides whether they are copied. Operands are not decoded
// (only a call's number is): they are byte ranges, contiguous within one
// charstring or subroutine. Calls share the operand stack, so the operands of
// one operator may lie in pieces, some in the caller, some in a subroutine:
// `pieces_` holds the pieces closed by calls and returns; run() holds the
// open one.
class Flattener {
 public:
  Flattener(const Subrs& global, const Subrs& local, std::string& out) : global_(global), local_(local), out_(out) {}

  bool run(std::string_view code, int depth);
  bool ended() const { return ended_; }

 private:
  bool close_piece(const char* begin, const char* end);
  bool call(const Subrs& subrs, int depth);
  void drop_hint_operands();
  void copy_operands(const char* begin, const char* end);

  const Subrs& global_;
  const Subrs& local_;
  std::string& out_;
  Bytes pieces_[2 * kMaxCallDepth + 2];
  int piece_count_ = 0;
  int sp_ = 0;       // operands on the stack
  Bytes first_;      // the bottom one
  Bytes last_;       // the top one
  int stems_ = 0;
  bool cleared_ = false;  // the first stack-clearing operator has been seen
  Bytes width_;           // an advance width that came with a dropped hint
  bool ended_ = false;
};

// Whether `at` lies in [begin, end); it may point into another charstring.
bool within(const char* at, const char* begin, const char* end) {
  auto a = reinterpret_cast<std::uintptr_t>(at);
  return a >= reinterpret_cast<std::uintptr_t>(begin) && a < reinterpret_cast<std::uintptr_t>(end);
}

bool Flattener::close_piece(const char* begin, const char* end) {
  if (end == begin) return true;
  if (piece_count_ == static_cast<int>(std::size(pieces_))) return false;
  pieces_[piece_count_++] = Bytes{begin, static_cast<std::size_t>(end - begin)};
  return true;
}

// The first stack-clearing operator may carry the advance width as an extra
// first operand; when that operator is a hint, the width moves to the first
// operator that is kept.
void Flattener::drop_hint_operands() {
  if (!cleared_ && sp_ % 2 == 1) width_ = first_;
  cleared_ = true;
  stems_ += sp_ / 2;
  sp_ = 0;
  piece_count_ = 0;
}

// The held operands and the operator in [begin, end) of the running charstring.
void Flattener::copy_operands(const char* begin, const char* end) {
  if (width_.at) {
    out_.append(width_.at, width_.size);
    width_ = {};
  }
  for (int i = 0; i < piece_count_; ++i) out_.append(pieces_[i].at, pieces_[i].size);
  out_.append(begin, static_cast<std::size_t>(end - begin));
  piece_count_ = 0;
  sp_ = 0;
}

// The operand of a call: an integer, never a 16.16 number.
std::optional<long> integer_value(const Bytes& n) {
  const auto* p = reinterpret_cast<const uint8_t*>(n.at);
  if (n.size == 1) return p[0] - 139;
  if (n.size == 2) return p[0] <= 250 ? (p[0] - 247) * 256 + p[1] + 108 : -(p[0] - 251) * 256 - p[1] - 108;
  if (n.size == 3) return static_cast<int16_t>(p[1] << 8 | p[2]);
  return std::nullopt;
}

bool Flattener::call(const Subrs& subrs, int depth) {
  if (sp_ == 0 || !subrs.reader || depth >= kMaxCallDepth) return false;
  std::optional<long> value = integer_value(last_);
  --sp_;
  if (!value) return false;
  long n = *value + subrs.bias;
  if (n < 0 || static_cast<std::size_t>(n) >= subrs.index.count) return false;
  std::string_view code = index_item(*subrs.reader, subrs.index, static_cast<std::size_t>(n));
  if (subrs.reader->failed) return false;
  return run(code, depth + 1);
}

bool Flattener::run(std::string_view code, int depth) {
  const char* const begin = code.data();
  const char* const end = begin + code.size();
  const char* piece = begin;  // the open piece of held operands starts here
  const char* p = begin;
  while (p < end) {
    auto b = static_cast<uint8_t>(*p);
    if (std::size_t size = kNumberSize.size[b]) {
      if (sp_ == kMaxStack || size > static_cast<std::size_t>(end - p)) return false;
      last_ = Bytes{p, size};
      if (sp_++ == 0) first_ = last_;
      p += size;
      continue;
    }
    const char* next = p + 1;
    switch (b) {
      case 1: case 3: case 18: case 23:  // hstem vstem hstemhm vstemhm
        drop_hint_operands();
        break;
      case 19: case 20:  // hintmask cntrmask; operands before them are an implied vstem
        drop_hint_operands();
        next += (stems_ + 7) / 8;
        if (next > end) return false;
        break;
      case 10: case 29:  // callsubr callgsubr: its number is the last operand, here
        if (sp_ == 0 || !within(last_.at, piece, p) || !close_piece(piece, last_.at)) return false;
        if (!call(b == 10 ? local_ : global_, depth)) return false;
        if (ended_) return true;
        break;
      case 11:  // return
        return close_piece(piece, p);
      case 14:  // endchar
        copy_operands(piece, next);
        ended_ = true;
        return true;
      case 4: case 21: case 22:  // vmoveto rmoveto hmoveto
        copy_operands(piece, next);
        cleared_ = true;
        break;
      case 5: case 6: case 7: case 8: case 24: case 25: case 26: case 27: case 30: case 31:
        if (width_.at) return false;  // TN 5177 3.1: hints are followed by a moveto
        copy_operands(piece, next);
        break;
      case 12:  // the flex family only: the arithmetic escapes are deprecated
        if (next == end || static_cast<uint8_t>(*next) < 34 || static_cast<uint8_t>(*next) > 37 || width_.at)
          return false;
        copy_operands(piece, ++next);
        break;
      default:
        return false;  // reserved, or CFF2's vsindex and blend
    }
    p = piece = next;
  }
  return close_piece(piece, p);  // a subroutine may end without return
}

}  // namespace

Subrs::Subrs(Reader& r, const Index& ix) : reader(&r), index(ix), bias(subr_bias(ix.count)) {}

bool flatten_charstring(std::string_view charstring, const Subrs& global, const Subrs& local, std::string& out) {
  std::size_t start = out.size();
  Flattener flattener(global, local, out);
  if (flattener.run(charstring, 0) && flattener.ended()) return true;
  out.resize(start);
  return false;
}

}  // namespace paiban::export_pdf::cff
