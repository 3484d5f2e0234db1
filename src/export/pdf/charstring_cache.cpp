#include "export/pdf/charstring_cache.h"

#include <cstdint>

#include <libdeflate.h>

namespace paiban::export_pdf {

namespace {

constexpr std::string_view kMagic = "paiban charstrings 1\n";

void put_u32(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>(v >> shift & 0xff);
}

std::uint32_t crc32(std::string_view bytes) { return libdeflate_crc32(0, bytes.data(), bytes.size()); }

// Big-endian reads that fail instead of running past the end.
struct Cursor {
  std::string_view data;
  std::size_t at = 0;
  bool ok = true;

  std::uint32_t u32() {
    if (!ok || data.size() - at < 4) {
      ok = false;
      return 0;
    }
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v = v << 8 | static_cast<std::uint8_t>(data[at++]);
    return v;
  }
  std::string_view bytes(std::size_t n) {
    if (!ok || data.size() - at < n) {
      ok = false;
      return {};
    }
    std::string_view out = data.substr(at, n);
    at += n;
    return out;
  }
};

// The charstring of glyph i.
std::string_view item(const FlattenedCharstrings& c, std::size_t i) {
  std::uint32_t begin = i == 0 ? 0 : c.ends[i - 1];
  return std::string_view(c.bytes).substr(begin, c.ends[i] - begin);
}

}  // namespace

std::string serialize_charstrings(const FlattenedCharstrings& c, std::string_view key) {
  std::string out(kMagic);
  put_u32(out, static_cast<std::uint32_t>(key.size()));
  out += key;
  put_u32(out, static_cast<std::uint32_t>(c.gids.size()));
  for (std::size_t i = 0; i < c.gids.size(); ++i) {
    put_u32(out, c.gids[i]);
    put_u32(out, c.ends[i]);
  }
  put_u32(out, static_cast<std::uint32_t>(c.bytes.size()));
  out += c.bytes;
  put_u32(out, crc32(out));
  return out;
}

std::optional<FlattenedCharstrings> parse_charstrings(std::string_view file, std::string_view key) {
  if (file.size() < kMagic.size() + 4 || file.substr(0, kMagic.size()) != kMagic) return std::nullopt;
  std::string_view body = file.substr(0, file.size() - 4);
  Cursor sum{file, file.size() - 4};
  if (sum.u32() != crc32(body)) return std::nullopt;
  Cursor in{body, kMagic.size()};
  std::uint32_t key_size = in.u32();
  if (in.bytes(key_size) != key || !in.ok) return std::nullopt;
  std::uint32_t count = in.u32();
  if (!in.ok || count > (body.size() - in.at) / 8) return std::nullopt;
  FlattenedCharstrings c;
  c.gids.reserve(count);
  c.ends.reserve(count);
  for (std::uint32_t i = 0; i < count; ++i) {
    std::uint32_t gid = in.u32(), end = in.u32();
    if (!in.ok || (i > 0 && (gid <= c.gids.back() || end < c.ends.back()))) return std::nullopt;
    c.gids.push_back(gid);
    c.ends.push_back(end);
  }
  std::uint32_t size = in.u32();
  std::string_view bytes = in.bytes(size);
  if (!in.ok || in.at != body.size() || (count > 0 ? c.ends.back() != size : size != 0)) return std::nullopt;
  c.bytes.assign(bytes);
  return c;
}

FlattenedCharstrings merge_charstrings(const FlattenedCharstrings& a, const FlattenedCharstrings& b) {
  FlattenedCharstrings out;
  out.bytes.reserve(a.bytes.size() + b.bytes.size());
  auto take = [&out](const FlattenedCharstrings& from, std::size_t i) {
    out.gids.push_back(from.gids[i]);
    out.bytes += item(from, i);
    out.ends.push_back(static_cast<std::uint32_t>(out.bytes.size()));
  };
  std::size_t i = 0, j = 0;
  while (i < a.gids.size() || j < b.gids.size()) {
    if (j == b.gids.size() || (i < a.gids.size() && a.gids[i] <= b.gids[j])) {
      if (j < b.gids.size() && a.gids[i] == b.gids[j]) ++j;
      take(a, i++);
    } else {
      take(b, j++);
    }
  }
  return out;
}

}  // namespace paiban::export_pdf
