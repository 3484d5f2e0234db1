#include "cli/charstring_cache_file.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli/output_file.h"
#include "export/pdf/charstring_cache.h"
#include "text/font_lookup_cache.h"

namespace paiban::cli {

namespace {

// A cache that would grow past this is left as it is. Every render reads the
// whole file, so it stays small: 2 MB hold some 8,000 Noto glyphs, more than
// the 6,763 Han characters of GB 2312.
constexpr std::size_t kMaxCacheBytes = 2u << 20;

struct CacheFile {
  std::string path;  // empty: no cache
  std::string key;
};

CacheFile cache_file(const text::FaceInfo& face) {
  CacheFile f;
  f.key = face.path + '\n' + std::to_string(face.index) + '\n' + text::file_stamp(face.path);
  f.path = text::font_cache_file("charstrings", f.key, ".bin");
  return f;
}

bool adds_glyphs(const export_pdf::FlattenedCharstrings* known, const export_pdf::FlattenedCharstrings& flattened) {
  if (!known) return !flattened.gids.empty();
  return std::any_of(flattened.gids.begin(), flattened.gids.end(),
                     [known](uint32_t g) { return !std::binary_search(known->gids.begin(), known->gids.end(), g); });
}

}  // namespace

std::optional<export_pdf::FlattenedCharstrings> read_cached_charstrings(const text::FaceInfo& face) {
  CacheFile f = cache_file(face);
  if (f.path.empty()) return std::nullopt;
  std::ifstream in(f.path, std::ios::binary | std::ios::ate);
  if (!in) return std::nullopt;
  std::streamoff size = in.tellg();
  if (size <= 0 || static_cast<std::size_t>(size) > kMaxCacheBytes + (64u << 10)) return std::nullopt;
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), size)) return std::nullopt;
  return export_pdf::parse_charstrings(bytes, f.key);
}

void update_cached_charstrings(const text::FaceInfo& face, const export_pdf::FlattenedCharstrings* known,
                               const export_pdf::FlattenedCharstrings& flattened) {
  if (!adds_glyphs(known, flattened)) return;
  CacheFile f = cache_file(face);
  if (f.path.empty()) return;
  export_pdf::FlattenedCharstrings all = known ? export_pdf::merge_charstrings(*known, flattened) : flattened;
  if (all.bytes.size() > kMaxCacheBytes) return;
  try {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(f.path).parent_path(), ec);
    write_file_atomically(f.path, export_pdf::serialize_charstrings(all, f.key));
  } catch (const std::exception&) {
    // An accelerator only: a read-only or full cache folder costs time, not the render.
  }
}

}  // namespace paiban::cli
