#include "parse/mojibake.h"

#include "parse/report.h"
#include "parse/utf8.h"

namespace paiban::parse {

namespace {

bool is_latin1_letter(char32_t c) { return c >= 0xC0 && c <= 0xFF; }
bool is_latin1_other(char32_t c) { return c >= 0x80 && c <= 0xBF; }

// A short excerpt of the suspicious text for the message.
std::string suspicious_excerpt(std::string_view s) {
  std::size_t p = 0, kept = 0;
  std::string out;
  while (p < s.size() && kept < 12) {
    char32_t c = next_char(s, p);
    append_utf8(out, c);
    ++kept;
  }
  return out;
}

// Position in bytes of the first suspicious spot, npos if the line looks clean.
std::size_t find_mojibake(std::string_view s) {
  if (s.find("锟斤拷") != std::string_view::npos) return s.find("锟斤拷");
  if (s.find("烫烫烫") != std::string_view::npos) return s.find("烫烫烫");
  if (s.find("屯屯屯") != std::string_view::npos) return s.find("屯屯屯");
  char32_t prev = 0;
  std::size_t prev_at = 0;
  for (std::size_t p = 0; p < s.size();) {
    std::size_t at = p;
    char32_t c = next_char(s, p);
    if (c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF)) return at;
    // UTF-8 read as Latin-1/CP1252: a lead letter followed by a continuation symbol
    if (is_latin1_letter(prev) && (is_latin1_other(c) || c == 0x20AC || c == 0x201A || c == 0x2030))
      return prev_at;
    prev = c;
    prev_at = at;
  }
  return std::string_view::npos;
}

}  // namespace

void report_mojibake(const std::vector<Line>& lines, model::Article& a) {
  int reported = 0;
  for (const Line& line : lines) {
    std::size_t at = find_mojibake(line.text);
    if (at == std::string_view::npos) continue;
    if (++reported > 20) break;
    report(a, line.number, model::Severity::warning,
           "characters look like mojibake: \"" + suspicious_excerpt(line.text.substr(at)) + "\"");
  }
}

}  // namespace paiban::parse
