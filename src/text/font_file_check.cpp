#include "text/font_file_check.h"

#include <cstdint>
#include <optional>
#include <vector>

#include "model/error.h"

namespace paiban::text {
namespace {

// Layout of the OpenType file structures read here (OpenType spec, "Font
// file"): TTC header, table directory, table record; head and maxp fields.
constexpr std::size_t kTtcFaceCountAt = 8, kTtcOffsetsAt = 12;
constexpr std::size_t kDirectoryHeaderSize = 12, kTableRecordSize = 16;
constexpr std::size_t kHeadIndexToLocFormatAt = 50, kMaxpNumGlyphsAt = 4;

constexpr std::uint32_t tag(std::string_view s) {
  return std::uint32_t(std::uint8_t(s[0])) << 24 | std::uint32_t(std::uint8_t(s[1])) << 16 |
         std::uint32_t(std::uint8_t(s[2])) << 8 | std::uint32_t(std::uint8_t(s[3]));
}

std::string tag_name(std::uint32_t t) {
  std::string s(4, ' ');
  for (int i = 0; i < 4; ++i) {
    char c = static_cast<char>((t >> (24 - 8 * i)) & 0xFF);
    s[static_cast<std::size_t>(i)] = (c >= 0x20 && c < 0x7F) ? c : '?';
  }
  return "'" + s + "'";
}

struct TableRecord {
  std::uint32_t tag = 0;
  std::uint64_t offset = 0, length = 0;
};

// Big-endian reads from the file; a read past the end is damage, named by
// what was being read.
class FontBytes {
 public:
  FontBytes(std::string_view bytes, const std::string& path) : bytes_(bytes), path_(path) {}

  std::uint64_t size() const { return bytes_.size(); }

  std::uint32_t read(std::uint64_t at, std::size_t width, const char* what) const {
    if (at > size() || size() - at < width) damaged(std::string("the file ends inside the ") + what);
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < width; ++i) value = value << 8 | std::uint8_t(bytes_[at + i]);
    return value;
  }
  std::uint32_t u32(std::uint64_t at, const char* what) const { return read(at, 4, what); }
  std::uint16_t u16(std::uint64_t at, const char* what) const { return static_cast<std::uint16_t>(read(at, 2, what)); }

  [[noreturn]] void damaged(const std::string& why) const {
    throw Error(ExitCode::data, "font file " + path_ + " is damaged: " + why);
  }

 private:
  std::string_view bytes_;
  const std::string& path_;
};

bool is_sfnt_version(std::uint32_t v) { return v == 0x00010000 || v == tag("OTTO") || v == tag("true"); }

// Where face `index` starts: 0 in a single font, its entry in a collection.
std::uint64_t face_offset(const FontBytes& file, unsigned index) {
  std::uint32_t magic = file.u32(0, "file header");
  if (magic != tag("ttcf")) {
    if (!is_sfnt_version(magic)) file.damaged("not a TrueType or OpenType font");
    if (index != 0) file.damaged("face " + std::to_string(index) + " asked of a file holding one face");
    return 0;
  }
  std::uint32_t faces = file.u32(kTtcFaceCountAt, "collection header");
  if (index >= faces)
    file.damaged("face " + std::to_string(index) + " asked of a collection of " + std::to_string(faces));
  std::uint64_t offset = file.u32(kTtcOffsetsAt + 4ull * index, "collection's face offsets");
  if (!is_sfnt_version(file.u32(offset, "table directory of the face")))
    file.damaged("face " + std::to_string(index) + " of the collection does not start with a table directory");
  return offset;
}

std::vector<TableRecord> table_directory(const FontBytes& file, std::uint64_t face) {
  std::uint16_t count = file.u16(face + 4, "table directory");
  if (count == 0) file.damaged("the table directory is empty");
  std::vector<TableRecord> tables(count);
  for (std::size_t i = 0; i < count; ++i) {
    std::uint64_t at = face + kDirectoryHeaderSize + kTableRecordSize * i;
    TableRecord& t = tables[i];
    t.tag = file.u32(at, "table directory");
    t.offset = file.u32(at + 8, "table directory");
    t.length = file.u32(at + 12, "table directory");
    if (t.offset > file.size() || file.size() - t.offset < t.length)
      file.damaged("table " + tag_name(t.tag) + " (bytes " + std::to_string(t.offset) + " to " +
                   std::to_string(t.offset + t.length) + ") runs past the end of the file (" +
                   std::to_string(file.size()) + " bytes)");
  }
  return tables;
}

// A table that is listed and not empty.
std::optional<TableRecord> find(const std::vector<TableRecord>& tables, std::uint32_t t) {
  for (const TableRecord& r : tables)
    if (r.tag == t && r.length > 0) return r;
  return std::nullopt;
}

TableRecord require(const FontBytes& file, const std::vector<TableRecord>& tables, std::uint32_t t) {
  auto found = find(tables, t);
  if (!found) file.damaged("required table " + tag_name(t) + " is missing or empty");
  return *found;
}

// The last loca entry is where the last glyph ends: past glyf's end, the
// outlines were cut off (or loca is not this font's).
void check_loca(const FontBytes& file, const std::vector<TableRecord>& tables) {
  TableRecord head = require(file, tables, tag("head")), maxp = require(file, tables, tag("maxp"));
  TableRecord loca = require(file, tables, tag("loca")), glyf = require(file, tables, tag("glyf"));
  std::uint16_t format = file.u16(head.offset + kHeadIndexToLocFormatAt, "head table");
  if (format > 1) file.damaged("head.indexToLocFormat is " + std::to_string(format) + ", not 0 or 1");
  std::uint64_t glyphs = file.u16(maxp.offset + kMaxpNumGlyphsAt, "maxp table");
  std::uint64_t entry = format == 0 ? 2 : 4;
  if (loca.length < (glyphs + 1) * entry)
    file.damaged("loca holds " + std::to_string(loca.length / entry) + " offsets, " +
                 std::to_string(glyphs) + " glyphs need " + std::to_string(glyphs + 1));
  std::uint64_t end = file.read(loca.offset + glyphs * entry, entry, "loca table") * (format == 0 ? 2 : 1);
  if (end > glyf.length)
    file.damaged("loca puts the end of the last glyph at byte " + std::to_string(end) + " of a glyf table of " +
                 std::to_string(glyf.length) + " bytes");
}

}  // namespace

void check_font_file(std::string_view bytes, unsigned face_index, const std::string& path) {
  FontBytes file(bytes, path);
  std::vector<TableRecord> tables = table_directory(file, face_offset(file, face_index));
  for (std::string_view name : {"head", "maxp", "hhea", "hmtx", "cmap"}) require(file, tables, tag(name));
  if (find(tables, tag("CFF ")) || find(tables, tag("CFF2"))) return;
  if (!find(tables, tag("glyf")) && !find(tables, tag("loca")))
    file.damaged("no glyph outlines (neither glyf and loca nor CFF)");
  check_loca(file, tables);
}

void check_font_file(hb_blob_t* font_file, unsigned face_index, const std::string& path) {
  unsigned size = 0;
  const char* bytes = hb_blob_get_data(font_file, &size);
  check_font_file(std::string_view(bytes, size), face_index, path);
}

}  // namespace paiban::text
