#include "export/pdf/to_unicode.h"

#include <algorithm>
#include <vector>

namespace paiban::export_pdf {

namespace {

std::vector<char32_t> decode_utf8(const std::string& s) {
  std::vector<char32_t> out;
  std::size_t i = 0;
  while (i < s.size()) {
    auto b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1f) : len == 3 ? (b & 0x0f) : (b & 0x07);
    bool ok = len > 0 && i + len <= s.size();
    for (int k = 1; ok && k < len; ++k) {
      auto c = static_cast<unsigned char>(s[i + k]);
      ok = (c & 0xc0) == 0x80;
      cp = cp << 6 | (c & 0x3f);
    }
    if (ok && (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) ok = false;
    out.push_back(ok ? cp : U'\uFFFD');
    i += ok ? len : 1;
  }
  return out;
}

void append_hex16(std::string& out, unsigned v) {
  static const char digits[] = "0123456789ABCDEF";
  for (int shift = 12; shift >= 0; shift -= 4) out += digits[(v >> shift) & 0xf];
}

}  // namespace

std::string utf8_to_utf16be(const std::string& utf8) {
  std::string out;
  for (char32_t cp : decode_utf8(utf8)) {
    auto unit = [&](unsigned u) {
      out += static_cast<char>(u >> 8);
      out += static_cast<char>(u & 0xff);
    };
    if (cp >= 0x10000) {
      cp -= 0x10000;
      unit(0xd800 + (cp >> 10));
      unit(0xdc00 + (cp & 0x3ff));
    } else {
      unit(cp);
    }
  }
  return out;
}

std::string to_unicode_cmap(const std::map<uint16_t, std::string>& texts) {
  std::vector<std::pair<uint16_t, std::string>> entries;
  for (const auto& [cid, text] : texts)
    if (!text.empty()) entries.emplace_back(cid, utf8_to_utf16be(text));

  std::string out =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  // A bfchar block holds at most 100 entries (Adobe TN 5014).
  for (std::size_t start = 0; start < entries.size(); start += 100) {
    std::size_t end = std::min(entries.size(), start + 100);
    out += std::to_string(end - start) + " beginbfchar\n";
    for (std::size_t i = start; i < end; ++i) {
      out += '<';
      append_hex16(out, entries[i].first);
      out += "> <";
      const std::string& u16 = entries[i].second;
      for (std::size_t k = 0; k + 1 < u16.size(); k += 2)
        append_hex16(out, static_cast<unsigned char>(u16[k]) << 8 | static_cast<unsigned char>(u16[k + 1]));
      out += ">\n";
    }
    out += "endbfchar\n";
  }
  out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return out;
}

}  // namespace paiban::export_pdf
