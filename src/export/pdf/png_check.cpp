#include "export/pdf/png_check.h"

#include <zlib.h>

#include <cstdint>
#include <memory>

#include "model/error.h"

namespace paiban::export_pdf {

namespace {

struct Header {
  std::uint32_t width = 0, height = 0;
  int depth = 0, color = 0, interlace = 0;
};

std::uint32_t be32(const std::string& s, std::size_t at) {
  auto b = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + i])); };
  return b(0) << 24 | b(1) << 16 | b(2) << 8 | b(3);
}

[[noreturn]] void bad(const std::string& path, const std::string& why) {
  throw Error(ExitCode::data, "PDF export: image " + path + " is not a sound PNG: " + why);
}

int channels(int color) { return color == 0 ? 1 : color == 2 ? 3 : color == 3 ? 1 : color == 4 ? 2 : 4; }

bool valid_depth(int color, int depth) {
  switch (color) {
    case 0: return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    case 3: return depth == 1 || depth == 2 || depth == 4 || depth == 8;
    case 2: case 4: case 6: return depth == 8 || depth == 16;
    default: return false;
  }
}

Header header(const std::string& path, const std::string& data) {
  if (data.size() != 13) bad(path, "IHDR has the wrong length");
  Header h{be32(data, 0), be32(data, 4), static_cast<unsigned char>(data[8]), static_cast<unsigned char>(data[9]),
           static_cast<unsigned char>(data[12])};
  if (h.width == 0 || h.height == 0 || h.width > 0x7FFFFFFF || h.height > 0x7FFFFFFF) bad(path, "bad size");
  if (!valid_depth(h.color, h.depth) || data[10] != 0 || data[11] != 0 || h.interlace > 1)
    bad(path, "unsupported header values");
  return h;
}

struct InflateEnd {
  void operator()(z_stream* z) const { inflateEnd(z); }
};

// Inflates the image data without keeping it, checking the stream is whole
// and, for a non-interlaced image, its size and each row's filter byte.
void check_pixels(const std::string& path, const std::string& idat, const Header& h) {
  z_stream z{};
  if (inflateInit(&z) != Z_OK) throw Error(ExitCode::internal, "PDF export: zlib cannot start inflating");
  std::unique_ptr<z_stream, InflateEnd> guard(&z);
  const std::uint64_t row = 1 + (static_cast<std::uint64_t>(h.width) * channels(h.color) * h.depth + 7) / 8;
  std::uint64_t total = 0;
  unsigned char out[16384];
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(idat.data()));
  z.avail_in = static_cast<uInt>(idat.size());
  int status = Z_OK;
  while (status == Z_OK) {
    z.next_out = out;
    z.avail_out = sizeof out;
    status = inflate(&z, Z_NO_FLUSH);
    if (status != Z_OK && status != Z_STREAM_END) bad(path, "its image data does not inflate");
    std::size_t got = sizeof out - z.avail_out;
    if (h.interlace == 0)
      for (std::uint64_t at = (total + row - 1) / row * row; at < total + got; at += row)
        if (out[at - total] > 4) bad(path, "a row has an unknown filter");
    total += got;
    if (status == Z_OK && got == 0 && z.avail_in == 0) bad(path, "its image data ends early");
  }
  if (h.interlace == 0 && total < row * h.height) bad(path, "its image data ends early");
}

}  // namespace

void check_png(const std::string& path, const std::string& bytes) {
  std::size_t at = 8;  // after the signature, which the caller has checked
  Header h;
  std::string idat;
  bool seen_header = false, seen_end = false;
  while (!seen_end) {
    if (at + 12 > bytes.size()) bad(path, "it ends inside a chunk");
    std::uint32_t length = be32(bytes, at);
    if (length > bytes.size() - at - 12) bad(path, "a chunk runs past the end");
    std::string type = bytes.substr(at + 4, 4);
    for (char c : type)
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) bad(path, "a chunk has an invalid type");
    auto crc = crc32(0, reinterpret_cast<const Bytef*>(bytes.data() + at + 4), length + 4);
    if (crc != be32(bytes, at + 8 + length)) bad(path, "chunk " + type + " has a bad CRC");
    std::string data = bytes.substr(at + 8, length);
    if (!seen_header && type != "IHDR") bad(path, "it does not start with IHDR");
    if (type == "IHDR") h = header(path, data), seen_header = true;
    if (type == "IDAT") idat += data;
    seen_end = type == "IEND";
    at += 12 + length;
  }
  if (idat.empty()) bad(path, "it has no image data");
  check_pixels(path, idat, h);
}

}  // namespace paiban::export_pdf
