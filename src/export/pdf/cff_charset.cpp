#include "export/pdf/cff_charset.h"

#include <cstddef>

namespace paiban::export_pdf {

namespace {

// Bounds-checked big-endian reader: any read past the end marks it failed.
struct Reader {
  std::string_view data;
  bool failed = false;

  uint32_t read(std::size_t pos, int bytes) {
    if (bytes < 1 || bytes > 4 || pos + bytes > data.size()) {
      failed = true;
      return 0;
    }
    uint32_t v = 0;
    for (int i = 0; i < bytes; ++i) v = v << 8 | static_cast<uint8_t>(data[pos + i]);
    return v;
  }
};

struct Index {
  std::size_t count = 0;
  std::size_t data_start = 0;  // offsets are relative to data_start - 1
  std::size_t end = 0;         // first byte after the INDEX
  int off_size = 0;
  std::size_t offsets_at = 0;
};

Index read_index(Reader& r, std::size_t pos) {
  Index ix;
  ix.count = r.read(pos, 2);
  if (ix.count == 0) {
    ix.end = pos + 2;
    return ix;
  }
  ix.off_size = static_cast<int>(r.read(pos + 2, 1));
  ix.offsets_at = pos + 3;
  ix.data_start = ix.offsets_at + (ix.count + 1) * ix.off_size - 1;
  ix.end = ix.data_start + r.read(ix.offsets_at + ix.count * ix.off_size, ix.off_size);
  return ix;
}

// The byte range [begin, end) of element i.
std::pair<std::size_t, std::size_t> index_item(Reader& r, const Index& ix, std::size_t i) {
  std::size_t b = ix.data_start + r.read(ix.offsets_at + i * ix.off_size, ix.off_size);
  std::size_t e = ix.data_start + r.read(ix.offsets_at + (i + 1) * ix.off_size, ix.off_size);
  if (e < b || e > r.data.size()) r.failed = true;
  return {b, e};
}

struct TopDict {
  bool ros = false;
  long charset = 0;
  long charstrings = -1;
};

// Walks the Top DICT operators, keeping the last integer operand of each.
TopDict read_top_dict(Reader& r, std::size_t pos, std::size_t end) {
  TopDict top;
  long operand = 0;
  while (pos < end && !r.failed) {
    uint8_t b = static_cast<uint8_t>(r.read(pos, 1));
    if (b == 28) { operand = static_cast<int16_t>(r.read(pos + 1, 2)); pos += 3; }
    else if (b == 29) { operand = static_cast<int32_t>(r.read(pos + 1, 4)); pos += 5; }
    else if (b == 30) {  // real: nibbles until an 0xf nibble
      ++pos;
      while (pos < end && (r.read(pos, 1) & 0x0f) != 0x0f && (r.read(pos, 1) >> 4) != 0x0f) ++pos;
      ++pos;
    } else if (b >= 32 && b <= 246) { operand = b - 139; ++pos; }
    else if (b >= 247 && b <= 250) { operand = (b - 247) * 256 + r.read(pos + 1, 1) + 108; pos += 2; }
    else if (b >= 251 && b <= 254) { operand = -(b - 251) * 256 - static_cast<long>(r.read(pos + 1, 1)) - 108; pos += 2; }
    else if (b == 12) {
      if (r.read(pos + 1, 1) == 30) top.ros = true;
      pos += 2;
    } else {
      if (b == 15) top.charset = operand;
      if (b == 17) top.charstrings = operand;
      ++pos;
    }
  }
  return top;
}

bool read_charset_table(Reader& r, std::size_t pos, std::vector<uint16_t>& ids) {
  std::size_t glyphs = ids.size();
  uint32_t format = r.read(pos++, 1);
  std::size_t gid = 1;
  if (format == 0) {
    for (; gid < glyphs; ++gid, pos += 2) ids[gid] = static_cast<uint16_t>(r.read(pos, 2));
  } else if (format == 1 || format == 2) {
    int left_size = format == 1 ? 1 : 2;
    while (gid < glyphs && !r.failed) {
      uint32_t first = r.read(pos, 2);
      uint32_t left = r.read(pos + 2, left_size);
      pos += 2 + left_size;
      for (uint32_t k = 0; k <= left && gid < glyphs; ++k) ids[gid++] = static_cast<uint16_t>(first + k);
    }
  } else {
    return false;
  }
  return !r.failed;
}

}  // namespace

std::optional<CffCharset> read_cff_charset(std::string_view cff) {
  Reader r{cff};
  std::size_t header_size = r.read(2, 1);
  Index names = read_index(r, header_size);
  Index tops = read_index(r, names.end);
  if (r.failed || tops.count < 1) return std::nullopt;
  auto [tb, te] = index_item(r, tops, 0);
  if (r.failed) return std::nullopt;
  TopDict top = read_top_dict(r, tb, te);
  if (r.failed || top.charstrings <= 0) return std::nullopt;
  Index strings = read_index(r, static_cast<std::size_t>(top.charstrings));
  if (r.failed || strings.count == 0) return std::nullopt;

  CffCharset result;
  result.cid_keyed = top.ros;
  result.gid_to_cid.assign(strings.count, 0);
  if (top.charset <= 2) {  // predefined charsets: only for name-keyed fonts
    if (top.ros) return std::nullopt;
    for (std::size_t g = 0; g < strings.count; ++g) result.gid_to_cid[g] = static_cast<uint16_t>(g);
    return result;
  }
  if (!read_charset_table(r, static_cast<std::size_t>(top.charset), result.gid_to_cid)) return std::nullopt;
  return result;
}

}  // namespace paiban::export_pdf
