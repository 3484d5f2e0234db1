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

namespace {

struct CharsetPlace {
  bool cid_keyed = false;
  long charset_at = 0;  // 0 to 2: a predefined charset
  std::size_t glyph_count = 0;
};

std::optional<CharsetPlace> find_charset(cff::Reader& r) {
  std::size_t header_size = r.read(2, 1);
  cff::Index names = cff::read_index(r, header_size);
  cff::Index tops = cff::read_index(r, names.end);
  if (r.failed || tops.count < 1) return std::nullopt;
  auto top = cff::read_dict(cff::index_item(r, tops, 0));
  if (r.failed || !top) return std::nullopt;
  long charstrings_at = cff::dict_value(*top, cff::op::charstrings).value_or(0);
  CharsetPlace place;
  place.charset_at = cff::dict_value(*top, cff::op::charset).value_or(0);
  place.cid_keyed = cff::dict_value(*top, cff::op::ros).has_value();
  if (charstrings_at <= 0 || place.charset_at < 0) return std::nullopt;
  place.glyph_count = cff::read_index(r, static_cast<std::size_t>(charstrings_at)).count;
  if (r.failed || place.glyph_count == 0) return std::nullopt;
  if (place.charset_at <= 2 && place.cid_keyed) return std::nullopt;  // predefined charsets are name-keyed only
  return place;
}

}  // namespace

std::optional<CffCharset> read_cff_charset(std::string_view table) {
  cff::Reader r{table};
  std::optional<CharsetPlace> place = find_charset(r);
  if (!place) return std::nullopt;
  CffCharset result;
  result.cid_keyed = place->cid_keyed;
  std::vector<uint32_t> all(place->glyph_count);
  for (std::size_t g = 0; g < all.size(); ++g) all[g] = static_cast<uint32_t>(g);
  if (place->charset_at <= 2) {
    result.gid_to_cid.assign(all.begin(), all.end());
    return result;
  }
  auto ids = charset_ids(r, static_cast<std::size_t>(place->charset_at), place->glyph_count, all);
  if (!ids) return std::nullopt;
  result.gid_to_cid = std::move(*ids);
  return result;
}

std::optional<std::vector<uint16_t>> cids_of(std::string_view table, const std::vector<uint32_t>& gids) {
  cff::Reader r{table};
  std::optional<CharsetPlace> place = find_charset(r);
  if (!place || !place->cid_keyed) return std::nullopt;
  return charset_ids(r, static_cast<std::size_t>(place->charset_at), place->glyph_count, gids);
}

}  // namespace paiban::export_pdf
