#include "text/nominal_glyphs.h"

#include <algorithm>

#include "text/catalog_impl.h"
#include "text/utf8.h"

namespace paiban::text {

std::vector<uint32_t> nominal_glyphs(const FontCatalog& fonts, FaceId face, const std::vector<std::string_view>& texts) {
  hb_font_t* font = fonts.impl().font(face);
  // An article repeats its few thousand distinct characters many times: look
  // each up once. The Basic Multilingual Plane by bitmap, the rest as they come.
  std::vector<bool> seen(0x10000);
  std::vector<uint32_t> gids{0};
  for (std::string_view text : texts)
    for (std::size_t i = 0; i < text.size();) {
      Decoded d = decode_utf8(text, i);
      i += d.length;
      if (d.cp < 0x10000) {
        if (seen[d.cp]) continue;
        seen[d.cp] = true;
      }
      hb_codepoint_t gid = 0;
      if (hb_font_get_nominal_glyph(font, d.cp, &gid) && gid != 0) gids.push_back(gid);
    }
  std::sort(gids.begin(), gids.end());
  gids.erase(std::unique(gids.begin(), gids.end()), gids.end());
  return gids;
}

}  // namespace paiban::text
