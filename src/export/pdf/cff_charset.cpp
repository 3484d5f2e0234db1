#include "export/pdf/cff_charset.h"

#include <utility>

namespace paiban::export_pdf {

std::optional<std::vector<uint16_t>> charset_ids(cff::Reader& r, std::size_t pos, std::size_t glyph_count,
                                                 const std::vector<uint32_t>& gids) {
  std::vector<uint16_t> ids;
  ids.reserve(gids.size());
  std::size_t k = 0;
  for (; k < gids.size() && gids[k] == 0; ++k) ids.push_back(0);  // .notdef is not in the table
  if (!gids.empty() && gids.back() >= glyph_count) return std::nullopt;
  uint32_t format = r.read(pos++, 1);
  if (format == 0) {
    for (; k < gids.size(); ++k) ids.push_back(static_cast<uint16_t>(r.read(pos + 2 * (gids[k] - 1), 2)));
  } else if (format == 1 || format == 2) {
    int left_size = format == 1 ? 1 : 2;
    for (std::size_t gid = 1; k < gids.size() && gid < glyph_count && !r.failed;) {
      uint32_t first = r.read(pos, 2);
      uint32_t left = r.read(pos + 2, left_size);
      pos += 2 + left_size;
      for (; k < gids.size() && gids[k] <= gid + left; ++k) ids.push_back(static_cast<uint16_t>(first + (gids[k] - gid)));
      gid += left + 1;
    }
  } else {
    return std::nullopt;
  }
  if (r.failed || ids.size() != gids.size()) return std::nullopt;
  return ids;
}

std::optional<CffCharset> read_cff_charset(std::string_view table) {
  cff::Reader r{table};
  std::size_t header_size = r.read(2, 1);
  cff::Index names = cff::read_index(r, header_size);
  cff::Index tops = cff::read_index(r, names.end);
  if (r.failed || tops.count < 1) return std::nullopt;
  auto top = cff::read_dict(cff::index_item(r, tops, 0));
  if (r.failed || !top) return std::nullopt;
  long charstrings_at = cff::dict_value(*top, cff::op::charstrings).value_or(0);
  long charset_at = cff::dict_value(*top, cff::op::charset).value_or(0);
  if (charstrings_at <= 0 || charset_at < 0) return std::nullopt;
  cff::Index charstrings = cff::read_index(r, static_cast<std::size_t>(charstrings_at));
  if (r.failed || charstrings.count == 0) return std::nullopt;

  CffCharset result;
  result.cid_keyed = cff::dict_value(*top, cff::op::ros).has_value();
  if (charset_at <= 2) {  // predefined charsets: only for name-keyed fonts
    if (result.cid_keyed) return std::nullopt;
    for (std::size_t g = 0; g < charstrings.count; ++g) result.gid_to_cid.push_back(static_cast<uint16_t>(g));
    return result;
  }
  std::vector<uint32_t> all(charstrings.count);
  for (std::size_t g = 0; g < all.size(); ++g) all[g] = static_cast<uint32_t>(g);
  auto ids = charset_ids(r, static_cast<std::size_t>(charset_at), charstrings.count, all);
  if (!ids) return std::nullopt;
  result.gid_to_cid = std::move(*ids);
  return result;
}

}  // namespace paiban::export_pdf
