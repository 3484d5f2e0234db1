#include "text_fixtures.h"

#include <cstdio>

namespace paiban::text::testing {

std::u32string to_u32(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? b : b & (0xFF >> (n + 1));
    for (int k = 1; k < n && i + static_cast<size_t>(k) < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
    out.push_back(cp);
    i += static_cast<size_t>(n);
  }
  return out;
}

std::string dump(const ParagraphResult& r) {
  std::string out;
  char buf[128];
  for (const Line& line : r.lines) {
    std::snprintf(buf, sizeof buf, "%8.3f %8.3f %s| ", line.width, line.natural, line.last ? "L" : " ");
    out += buf + line.text + "\n";
  }
  for (const auto& w : r.warnings) out += "warning: " + w + "\n";
  return out;
}

}  // namespace paiban::text::testing
