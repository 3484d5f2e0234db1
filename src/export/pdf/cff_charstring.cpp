#include "export/pdf/cff_charstring.h"

#include <cstdint>
#include <optional>

namespace paiban::export_pdf::cff {

namespace {

int subr_bias(std::size_t count) { return count < 1240 ? 107 : count < 33900 ? 1131 : 32768; }

constexpr int kMaxStack = 48;      // TN 5177 appendix B
constexpr int kMaxCallDepth = 10;  // same

// Walks the charstring as an interpreter would (calls share the operand
// stack, so a subroutine may end with operands its caller's operator uses),
// holding operands back until their operator decides whether they are copied.
// Operands are kept as byte ranges and decoded only when a call needs one.
class Flattener {
 public:
  Flattener(const Subrs& global, const Subrs& local, std::string& out) : global_(global), local_(local), out_(out) {}

  bool run(std::string_view code, int depth);
  bool ended() const { return ended_; }

 private:
  struct Operand {
    const char* at;
    std::size_t size;
  };
  bool push(const char* at, std::size_t size) {
    if (sp_ == kMaxStack) return false;
    if (sp_ == 0 || args_[sp_ - 1].at + args_[sp_ - 1].size != at) contiguous_from_ = sp_ == 0 ? at : nullptr;
    args_[sp_++] = Operand{at, size};
    return true;
  }
  bool call(const Subrs& subrs, int depth);
  void drop_hint_operands();
  bool copy(const char* op, std::size_t size, bool moveto_or_endchar);

  const Subrs& global_;
  const Subrs& local_;
  std::string& out_;
  Operand args_[kMaxStack] = {};
  int sp_ = 0;
  const char* contiguous_from_ = nullptr;  // the operands' first byte when they lie together in one charstring
  int stems_ = 0;
  bool cleared_ = false;  // the first stack-clearing operator has been seen
  Operand width_ = {nullptr, 0};  // an advance width that came with a dropped hint
  bool ended_ = false;
};

// The first stack-clearing operator may carry the advance width as an extra
// first operand; when that operator is a hint, the width moves to the first
// operator that is kept.
void Flattener::drop_hint_operands() {
  if (!cleared_ && sp_ % 2 == 1) width_ = args_[0];
  cleared_ = true;
  stems_ += sp_ / 2;
  sp_ = 0;
}

bool Flattener::copy(const char* op, std::size_t size, bool moveto_or_endchar) {
  if (width_.at) {
    if (!moveto_or_endchar) return false;  // TN 5177 3.1: hints are followed by a moveto
    out_.append(width_.at, width_.size);
    width_ = {nullptr, 0};
  }
  cleared_ = cleared_ || moveto_or_endchar;
  if (sp_ > 0 && contiguous_from_ && args_[sp_ - 1].at + args_[sp_ - 1].size == op) {
    out_.append(contiguous_from_, static_cast<std::size_t>(op + size - contiguous_from_));
  } else {
    for (int i = 0; i < sp_; ++i) out_.append(args_[i].at, args_[i].size);
    out_.append(op, size);
  }
  sp_ = 0;
  return true;
}

// The operand of a call: an integer, never a 16.16 number.
std::optional<long> integer_value(const uint8_t* p, std::size_t size) {
  if (size == 1) return p[0] - 139;
  if (size == 2) return p[0] <= 250 ? (p[0] - 247) * 256 + p[1] + 108 : -(p[0] - 251) * 256 - p[1] - 108;
  if (size == 3) return static_cast<int16_t>(p[1] << 8 | p[2]);
  return std::nullopt;
}

bool Flattener::call(const Subrs& subrs, int depth) {
  if (sp_ == 0 || !subrs.reader || depth >= kMaxCallDepth) return false;
  const Operand& arg = args_[--sp_];
  std::optional<long> value = integer_value(reinterpret_cast<const uint8_t*>(arg.at), arg.size);
  if (!value) return false;
  long n = *value + subrs.bias;
  if (n < 0 || static_cast<std::size_t>(n) >= subrs.index.count) return false;
  std::string_view code = index_item(*subrs.reader, subrs.index, static_cast<std::size_t>(n));
  if (subrs.reader->failed) return false;
  return run(code, depth + 1);
}

bool Flattener::run(std::string_view code, int depth) {
  const char* c = code.data();
  const auto* p = reinterpret_cast<const uint8_t*>(c);
  const std::size_t size = code.size();
  std::size_t pos = 0;
  while (pos < size && !ended_) {
    int b = p[pos];
    if (b >= 32 || b == 28) {
      std::size_t len = b <= 246 ? (b == 28 ? 3 : 1) : b == 255 ? 5 : 2;
      if (pos + len > size || !push(c + pos, len)) return false;
      pos += len;
      continue;
    }
    switch (b) {
      case 1: case 3: case 18: case 23:  // hstem vstem hstemhm vstemhm
        drop_hint_operands();
        pos += 1;
        break;
      case 19: case 20:  // hintmask cntrmask; operands before them are an implied vstem
        drop_hint_operands();
        pos += 1 + static_cast<std::size_t>((stems_ + 7) / 8);
        break;
      case 10: case 29:  // callsubr callgsubr
        if (!call(b == 10 ? local_ : global_, depth)) return false;
        pos += 1;
        break;
      case 11:  // return
        return true;
      case 14:  // endchar
        if (!copy(c + pos, 1, true)) return false;
        ended_ = true;
        return true;
      case 4: case 21: case 22:  // vmoveto rmoveto hmoveto
        if (!copy(c + pos, 1, true)) return false;
        pos += 1;
        break;
      case 5: case 6: case 7: case 8: case 24: case 25: case 26: case 27: case 30: case 31:
        if (!copy(c + pos, 1, false)) return false;
        pos += 1;
        break;
      case 12:  // the flex family only: the arithmetic escapes are deprecated
        if (pos + 2 > size || p[pos + 1] < 34 || p[pos + 1] > 37 || !copy(c + pos, 2, false)) return false;
        pos += 2;
        break;
      default:
        return false;  // reserved, or CFF2's vsindex and blend
    }
  }
  return pos <= size;
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
