#include "export/pdf/cff_subset.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>

#include "export/pdf/cff_charset.h"
#include "export/pdf/cff_charstring.h"
#include "export/pdf/cff_reader.h"

namespace paiban::export_pdf {

namespace {

using cff::DictEntry;

// One entry of the FDArray: a Font DICT, its Private DICT and local subroutines.
struct FontDict {
  std::vector<DictEntry> font;
  std::vector<DictEntry> private_dict;
  cff::Subrs local;
};

struct Source {
  std::string_view name_index, string_index;  // copied as they are
  std::vector<DictEntry> top;
  cff::Index charstrings;
  cff::Subrs global;
  std::vector<FontDict> font_dicts;
  std::vector<uint16_t> cids;  // of each kept glyph
  std::vector<uint8_t> fds;    // Font DICT of each kept glyph
};

bool ascending_from_notdef(const std::vector<uint32_t>& gids) {
  if (gids.empty() || gids[0] != 0) return false;
  for (std::size_t i = 1; i < gids.size(); ++i)
    if (gids[i] <= gids[i - 1]) return false;
  return true;
}

std::optional<FontDict> read_font_dict(cff::Reader& r, std::string_view bytes) {
  FontDict fd;
  auto font = cff::read_dict(bytes);
  if (!font) return std::nullopt;
  fd.font = std::move(*font);
  const DictEntry* priv = nullptr;
  for (const DictEntry& e : fd.font)
    if (e.op == cff::op::private_dict) priv = &e;
  if (!priv || priv->operands.size() != 2) return std::nullopt;
  long size = priv->operands[0], at = priv->operands[1];
  if (size < 0 || at < 0 || static_cast<std::size_t>(at) > r.data.size() ||
      static_cast<std::size_t>(size) > r.data.size() - static_cast<std::size_t>(at))
    return std::nullopt;
  auto private_dict = cff::read_dict(r.data.substr(static_cast<std::size_t>(at), static_cast<std::size_t>(size)));
  if (!private_dict) return std::nullopt;
  fd.private_dict = std::move(*private_dict);
  if (auto subrs = cff::dict_value(fd.private_dict, cff::op::subrs)) {
    if (*subrs <= 0) return std::nullopt;
    cff::Index local = cff::read_index(r, static_cast<std::size_t>(at + *subrs));
    if (r.failed) return std::nullopt;
    fd.local = cff::Subrs(r, local);
  }
  return fd;
}

// The Font DICT of each glyph in `gids` (ascending), from an FDSelect.
std::optional<std::vector<uint8_t>> read_fd_select(cff::Reader& r, std::size_t pos, std::size_t glyph_count,
                                                   const std::vector<uint32_t>& gids) {
  std::vector<uint8_t> fds;
  fds.reserve(gids.size());
  uint32_t format = r.read(pos, 1);
  if (format == 0) {
    for (uint32_t g : gids) fds.push_back(static_cast<uint8_t>(r.read(pos + 1 + g, 1)));
  } else if (format == 3) {
    uint32_t ranges = r.read(pos + 1, 2);
    std::size_t k = 0;
    for (uint32_t i = 0; i < ranges && k < gids.size() && !r.failed; ++i) {
      std::size_t at = pos + 3 + 3 * static_cast<std::size_t>(i);
      uint32_t first = r.read(at, 2), fd = r.read(at + 2, 1), next = r.read(at + 3, 2);  // next range or sentinel
      if (next > glyph_count || gids[k] < first) return std::nullopt;
      for (; k < gids.size() && gids[k] < next; ++k) fds.push_back(static_cast<uint8_t>(fd));
    }
  } else {
    return std::nullopt;
  }
  if (r.failed || fds.size() != gids.size()) return std::nullopt;
  return fds;
}

std::optional<Source> read_source(cff::Reader& r, const std::vector<uint32_t>& gids) {
  if (r.read(0, 1) != 1) return std::nullopt;  // CFF2 and unknown majors
  Source s;
  cff::Index names = cff::read_index(r, r.read(2, 1));
  cff::Index tops = cff::read_index(r, names.end);
  cff::Index strings = cff::read_index(r, tops.end);
  cff::Index global = cff::read_index(r, strings.end);
  if (r.failed || names.count != 1 || tops.count != 1) return std::nullopt;
  s.name_index = r.data.substr(names.begin, names.end - names.begin);
  s.string_index = r.data.substr(strings.begin, strings.end - strings.begin);
  s.global = cff::Subrs(r, global);
  auto top = cff::read_dict(cff::index_item(r, tops, 0));
  if (r.failed || !top) return std::nullopt;
  s.top = std::move(*top);

  auto charset_at = cff::dict_value(s.top, cff::op::charset), charstrings_at = cff::dict_value(s.top, cff::op::charstrings),
       fd_array_at = cff::dict_value(s.top, cff::op::fd_array), fd_select_at = cff::dict_value(s.top, cff::op::fd_select);
  bool name_keyed_parts = cff::dict_value(s.top, cff::op::encoding) || cff::dict_value(s.top, cff::op::private_dict);
  if (!cff::dict_value(s.top, cff::op::ros) || name_keyed_parts || !charset_at || *charset_at <= 2 || !charstrings_at ||
      *charstrings_at <= 0 || !fd_array_at || *fd_array_at <= 0 || !fd_select_at || *fd_select_at <= 0)
    return std::nullopt;

  s.charstrings = cff::read_index(r, static_cast<std::size_t>(*charstrings_at));
  if (r.failed || gids.back() >= s.charstrings.count) return std::nullopt;
  auto cids = charset_ids(r, static_cast<std::size_t>(*charset_at), s.charstrings.count, gids);
  auto fds = read_fd_select(r, static_cast<std::size_t>(*fd_select_at), s.charstrings.count, gids);
  cff::Index fd_array = cff::read_index(r, static_cast<std::size_t>(*fd_array_at));
  if (!cids || !fds || r.failed || fd_array.count == 0) return std::nullopt;
  s.cids = std::move(*cids);
  s.fds = std::move(*fds);
  for (std::size_t i = 0; i < fd_array.count; ++i) {
    auto fd = read_font_dict(r, cff::index_item(r, fd_array, i));
    if (!fd || r.failed) return std::nullopt;
    s.font_dicts.push_back(std::move(*fd));
  }
  for (uint8_t fd : s.fds)
    if (fd >= s.font_dicts.size()) return std::nullopt;
  return s;
}

// --- writing -----------------------------------------------------------------

// Offsets in DICTs are written as 5-byte integers so that a DICT's size does
// not depend on the offsets it holds: sizes first, then positions, then bytes.
// An entry replaced by no operands is dropped.
void put_int5(std::string& out, long v) {
  auto u = static_cast<uint32_t>(static_cast<int32_t>(v));
  out += static_cast<char>(29);
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>(u >> shift & 0xff);
}

void put_operator(std::string& out, int op) {
  if (op >= 1200) out += static_cast<char>(12);
  out += static_cast<char>(op >= 1200 ? op - 1200 : op);
}

std::string dict_bytes(const std::vector<DictEntry>& dict, const std::map<int, std::vector<long>>& offsets) {
  std::string out;
  for (const DictEntry& e : dict) {
    auto it = offsets.find(e.op);
    if (it == offsets.end()) {
      out += e.bytes;
      continue;
    }
    if (it->second.empty()) continue;  // dropped
    for (long v : it->second) put_int5(out, v);
    put_operator(out, e.op);
  }
  return out;
}

std::string index_bytes(const std::vector<std::string_view>& items) {
  std::string out;
  out += static_cast<char>(items.size() >> 8 & 0xff);
  out += static_cast<char>(items.size() & 0xff);
  if (items.empty()) return out;
  std::size_t data = 0;
  for (std::string_view item : items) data += item.size();
  int off_size = data + 1 < 0x100 ? 1 : data + 1 < 0x10000 ? 2 : data + 1 < 0x1000000 ? 3 : 4;
  out += static_cast<char>(off_size);
  std::size_t offset = 1;
  auto put_offset = [&] {
    for (int shift = 8 * (off_size - 1); shift >= 0; shift -= 8) out += static_cast<char>(offset >> shift & 0xff);
  };
  put_offset();
  for (std::string_view item : items) {
    offset += item.size();
    put_offset();
  }
  for (std::string_view item : items) out += item;
  return out;
}

void put_u16(std::string& out, std::size_t v) {
  out += static_cast<char>(v >> 8 & 0xff);
  out += static_cast<char>(v & 0xff);
}

// Format 0 (a CID per glyph) or format 2 (runs of consecutive CIDs), whichever is smaller.
std::string charset_bytes(const std::vector<uint16_t>& cids) {
  std::string list(1, '\0'), runs(1, '\2');
  for (std::size_t i = 1; i < cids.size(); ++i) put_u16(list, cids[i]);
  for (std::size_t i = 1; i < cids.size();) {
    std::size_t j = i;
    while (j + 1 < cids.size() && cids[j + 1] == cids[j] + 1) ++j;
    put_u16(runs, cids[i]);
    put_u16(runs, j - i);
    i = j + 1;
  }
  return runs.size() < list.size() ? runs : list;
}

std::string fd_select_bytes(const std::vector<uint8_t>& fds) {
  std::string ranges;
  std::size_t count = 0;
  for (std::size_t g = 0; g < fds.size(); ++g)
    if (g == 0 || fds[g] != fds[g - 1]) {
      put_u16(ranges, g);
      ranges += static_cast<char>(fds[g]);
      ++count;
    }
  std::string out(1, '\3');
  put_u16(out, count);
  out += ranges;
  put_u16(out, fds.size());
  return out;
}

}  // namespace

std::optional<std::string_view> FlattenedCharstrings::find(uint32_t gid) const {
  auto it = std::lower_bound(gids.begin(), gids.end(), gid);
  if (it == gids.end() || *it != gid) return std::nullopt;
  auto i = static_cast<std::size_t>(it - gids.begin());
  uint32_t begin = i == 0 ? 0 : ends[i - 1];
  return std::string_view(bytes).substr(begin, ends[i] - begin);
}

std::optional<FlattenedCharstrings> flatten_cid_charstrings(std::string_view table, const std::vector<uint32_t>& gids,
                                                            const FlattenedCharstrings* known) {
  if (!ascending_from_notdef(gids)) return std::nullopt;
  cff::Reader r{table};
  std::optional<Source> source = read_source(r, gids);
  if (!source) return std::nullopt;
  FlattenedCharstrings out;
  out.gids.reserve(gids.size());
  out.ends.reserve(gids.size());
  out.bytes.reserve(gids.size() * 320);
  for (std::size_t i = 0; i < gids.size(); ++i) {
    if (std::optional<std::string_view> ready = known ? known->find(gids[i]) : std::nullopt) {
      out.bytes += *ready;
    } else {
      std::string_view code = cff::index_item(r, source->charstrings, gids[i]);
      if (r.failed) return std::nullopt;
      if (!cff::flatten_charstring(code, source->global, source->font_dicts[source->fds[i]].local, out.bytes))
        continue;
    }
    if (out.bytes.size() > UINT32_MAX) return std::nullopt;
    out.gids.push_back(gids[i]);
    out.ends.push_back(static_cast<uint32_t>(out.bytes.size()));
  }
  return out;
}

std::optional<std::string> subset_cid_cff(std::string_view table, const std::vector<uint32_t>& gids,
                                          const FlattenedCharstrings* flattened) {
  if (!ascending_from_notdef(gids)) return std::nullopt;
  cff::Reader r{table};
  std::optional<Source> source = read_source(r, gids);
  if (!source) return std::nullopt;
  Source& s = *source;

  std::set<uint8_t> used_fds(s.fds.begin(), s.fds.end());
  std::map<uint8_t, uint8_t> new_fd;
  for (uint8_t fd : used_fds) new_fd.emplace(fd, static_cast<uint8_t>(new_fd.size()));
  std::vector<uint8_t> fds;
  for (uint8_t fd : s.fds) fds.push_back(new_fd.at(fd));

  // Everything but the CharStrings, in file order. The CharStrings INDEX
  // comes last (TN 5176 fixes the order only up to the Global Subr INDEX), so
  // the charstrings are flattened straight into the output, not copied there.
  const std::string header("\1\0\4\4", 4);
  const std::string global("\0\0", 2);  // no subroutines are left to call
  std::string charset = charset_bytes(s.cids);
  std::string fd_select = fd_select_bytes(fds);
  std::vector<std::string> privates;
  for (uint8_t fd : used_fds) privates.push_back(dict_bytes(s.font_dicts[fd].private_dict, {{cff::op::subrs, {}}}));

  auto top_dict = [&](long charset_at, long charstrings_at, long fd_array_at, long fd_select_at) {
    return dict_bytes(s.top, {{cff::op::charset, {charset_at}},
                              {cff::op::charstrings, {charstrings_at}},
                              {cff::op::fd_array, {fd_array_at}},
                              {cff::op::fd_select, {fd_select_at}}});
  };
  auto fd_array = [&](const std::vector<std::size_t>& private_at) {
    std::vector<std::string> dicts;
    std::size_t k = 0;
    for (uint8_t fd : used_fds) {
      dicts.push_back(dict_bytes(s.font_dicts[fd].font,
                                 {{cff::op::private_dict, {static_cast<long>(privates[k].size()),
                                                           static_cast<long>(private_at[k])}}}));
      ++k;
    }
    return index_bytes(std::vector<std::string_view>(dicts.begin(), dicts.end()));
  };

  std::string top = top_dict(0, 0, 0, 0);
  std::size_t charset_at = header.size() + s.name_index.size() + index_bytes({top}).size() + s.string_index.size() +
                           global.size();
  std::size_t fd_select_at = charset_at + charset.size();
  std::size_t fd_array_at = fd_select_at + fd_select.size();
  std::vector<std::size_t> private_at(privates.size(), 0);
  std::size_t charstrings_at = fd_array_at + fd_array(private_at).size();
  for (std::size_t k = 0; k < privates.size(); ++k) {
    private_at[k] = charstrings_at;
    charstrings_at += privates[k].size();
  }

  top = top_dict(static_cast<long>(charset_at), static_cast<long>(charstrings_at), static_cast<long>(fd_array_at),
                 static_cast<long>(fd_select_at));
  constexpr int kOffSize = 3;  // charstrings of up to 16 MB
  std::string out;
  out.reserve(charstrings_at + 3 + kOffSize * (gids.size() + 1) + gids.size() * 320);
  out += header;
  out += s.name_index;
  out += index_bytes({top});
  out += s.string_index;
  out += global;
  out += charset;
  out += fd_select;
  out += fd_array(private_at);
  for (const std::string& p : privates) out += p;
  if (out.size() != charstrings_at) return std::nullopt;  // a size changed between the passes: a bug

  put_u16(out, gids.size());
  out += static_cast<char>(kOffSize);
  const std::size_t offsets_at = out.size();
  out.append(kOffSize * (gids.size() + 1), '\0');
  const std::size_t data_at = out.size();
  auto put_offset = [&](std::size_t i) {
    std::size_t offset = out.size() - data_at + 1;
    for (int b = 0; b < kOffSize; ++b) out[offsets_at + kOffSize * i + b] = static_cast<char>(offset >> (8 * (kOffSize - 1 - b)) & 0xff);
  };
  put_offset(0);
  for (std::size_t i = 0; i < gids.size(); ++i) {
    if (std::optional<std::string_view> ready = flattened ? flattened->find(gids[i]) : std::nullopt) {
      out += *ready;
    } else {
      std::string_view code = cff::index_item(r, s.charstrings, gids[i]);
      if (r.failed || !cff::flatten_charstring(code, s.global, s.font_dicts[s.fds[i]].local, out)) return std::nullopt;
    }
    if (out.size() - data_at + 1 >= (std::size_t{1} << (8 * kOffSize))) return std::nullopt;
    put_offset(i + 1);
  }
  return out;
}

}  // namespace paiban::export_pdf
