#include "export/pdf/cff_reader.h"

namespace paiban::export_pdf::cff {

uint32_t Reader::read(std::size_t pos, int bytes) {
  if (bytes < 1 || bytes > 4 || pos > data.size() || data.size() - pos < static_cast<std::size_t>(bytes)) {
    failed = true;
    return 0;
  }
  uint32_t v = 0;
  for (int i = 0; i < bytes; ++i) v = v << 8 | static_cast<uint8_t>(data[pos + i]);
  return v;
}

Index read_index(Reader& r, std::size_t pos) {
  Index ix;
  ix.begin = pos;
  ix.count = r.read(pos, 2);
  if (ix.count == 0) {
    ix.end = pos + 2;
    return ix;
  }
  ix.off_size = static_cast<int>(r.read(pos + 2, 1));
  if (ix.off_size < 1 || ix.off_size > 4) r.failed = true;
  if (r.failed) return ix;
  ix.offsets_at = pos + 3;
  ix.data_start = ix.offsets_at + (ix.count + 1) * ix.off_size - 1;
  ix.end = ix.data_start + r.read(ix.offsets_at + ix.count * ix.off_size, ix.off_size);
  if (ix.end > r.data.size()) r.failed = true;
  return ix;
}

std::string_view index_item(Reader& r, const Index& ix, std::size_t i) {
  if (i >= ix.count) {
    r.failed = true;
    return {};
  }
  uint32_t first = r.read(ix.offsets_at + i * ix.off_size, ix.off_size);
  uint32_t last = r.read(ix.offsets_at + (i + 1) * ix.off_size, ix.off_size);
  std::size_t b = ix.data_start + first, e = ix.data_start + last;
  if (r.failed || first == 0 || e < b || e > r.data.size()) {
    r.failed = true;
    return {};
  }
  return r.data.substr(b, e - b);
}

std::optional<std::vector<DictEntry>> read_dict(std::string_view dict) {
  Reader r{dict};
  std::vector<DictEntry> entries;
  std::vector<long> operands;
  std::size_t entry_start = 0, pos = 0;
  while (pos < dict.size()) {
    uint32_t b = r.read(pos, 1);
    if (b == 28) {
      operands.push_back(static_cast<int16_t>(r.read(pos + 1, 2)));
      pos += 3;
    } else if (b == 29) {
      operands.push_back(static_cast<int32_t>(r.read(pos + 1, 4)));
      pos += 5;
    } else if (b == 30) {  // real: nibbles up to and including an 0xf nibble
      for (++pos;; ++pos) {
        uint32_t nibbles = r.read(pos, 1);
        if (r.failed) return std::nullopt;
        if ((nibbles >> 4) == 0xf || (nibbles & 0xf) == 0xf) break;
      }
      ++pos;
      operands.push_back(0);
    } else if (b >= 32 && b <= 246) {
      operands.push_back(static_cast<long>(b) - 139);
      ++pos;
    } else if (b >= 247 && b <= 250) {
      operands.push_back((static_cast<long>(b) - 247) * 256 + r.read(pos + 1, 1) + 108);
      pos += 2;
    } else if (b >= 251 && b <= 254) {
      operands.push_back(-(static_cast<long>(b) - 251) * 256 - static_cast<long>(r.read(pos + 1, 1)) - 108);
      pos += 2;
    } else if (b <= 21) {
      int op = static_cast<int>(b);
      if (b == 12) op = 1200 + static_cast<int>(r.read(pos + 1, 1));
      pos += b == 12 ? 2 : 1;
      if (r.failed || pos > dict.size()) return std::nullopt;
      entries.push_back(DictEntry{op, std::move(operands), dict.substr(entry_start, pos - entry_start)});
      operands.clear();
      entry_start = pos;
    } else {
      return std::nullopt;  // reserved byte
    }
    if (r.failed || pos > dict.size() || operands.size() > 48) return std::nullopt;
  }
  if (!operands.empty()) return std::nullopt;  // operands without an operator
  return entries;
}

std::optional<long> dict_value(const std::vector<DictEntry>& dict, int op) {
  for (const DictEntry& e : dict)
    if (e.op == op) return e.operands.empty() ? std::nullopt : std::optional<long>(e.operands.back());
  return std::nullopt;
}

}  // namespace paiban::export_pdf::cff
