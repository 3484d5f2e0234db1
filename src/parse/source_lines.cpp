#include "parse/source_lines.h"

#include <cstdio>

#include "parse/lines.h"
#include "parse/normalize.h"
#include "parse/utf8.h"

namespace paiban::parse {

namespace {

bool digit_at(std::string_view s, std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }

// Reads 1..max ASCII digits at `p`.
bool read_number(std::string_view s, std::size_t& p, int max_digits, int& value) {
  std::size_t start = p;
  value = 0;
  while (digit_at(s, p) && p - start < static_cast<std::size_t>(max_digits)) value = value * 10 + (s[p++] - '0');
  return p > start;
}

bool eat(std::string_view s, std::size_t& p, std::string_view what) {
  if (s.substr(p, what.size()) != what) return false;
  p += what.size();
  return true;
}

bool read_time(std::string_view s, std::size_t& p, std::string& time) {
  std::size_t q = p;
  int h = 0, m = 0, sec = -1;
  if (!read_number(s, q, 2, h) || !(eat(s, q, ":") || eat(s, q, "："))) return false;
  std::size_t before_minutes = q;
  if (!read_number(s, q, 2, m) || q - before_minutes != 2 || h > 23 || m > 59) return false;
  std::size_t r = q;
  if ((eat(s, r, ":") || eat(s, r, "：")) && read_number(s, r, 2, sec) && sec <= 59) q = r;
  else sec = -1;
  char buf[16];
  if (sec >= 0) std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", h, m, sec);
  else std::snprintf(buf, sizeof buf, "%02d:%02d", h, m);
  time = buf;
  p = q;
  return true;
}

}  // namespace

std::optional<DateLine> match_date_line(std::string_view line) {
  std::size_t p = 0;
  int y = 0, mo = 0, d = 0;
  if (!read_number(line, p, 4, y) || p != 4 || y < 1900 || y > 2100) return std::nullopt;
  bool chinese = eat(line, p, "年");
  if (!chinese && !(eat(line, p, "-") || eat(line, p, "/") || eat(line, p, "."))) return std::nullopt;
  char sep = chinese ? 0 : line[p - 1];
  if (!read_number(line, p, 2, mo) || mo < 1 || mo > 12) return std::nullopt;
  if (chinese ? !eat(line, p, "月") : !(p < line.size() && line[p++] == sep)) return std::nullopt;
  if (!read_number(line, p, 2, d) || d < 1 || d > 31) return std::nullopt;
  if (chinese) eat(line, p, "日");
  if (digit_at(line, p)) return std::nullopt;
  DateLine out;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
  out.date = buf;
  std::size_t q = p;
  while (q < line.size() && (line[q] == ' ' || line[q] == '\t')) ++q;
  if (read_time(line, q, out.time)) p = q;
  out.rest = trim(line.substr(p));
  return out;
}

std::optional<JournalIssue> match_journal_issue(std::string_view line) {
  std::string s = strip_spaces(line);
  std::string_view v = s;
  // The issue is the tail: YYYY年(第)N期 where N is digits or 增刊-like text is not handled.
  if (v.size() < 3 || v.substr(v.size() - 3) != "期") return std::nullopt;
  std::size_t year = v.rfind("年");
  if (year == std::string_view::npos || year < 4) return std::nullopt;
  for (std::size_t i = year - 4; i < year; ++i)
    if (!digit_at(v, i)) return std::nullopt;
  std::size_t p = year + 3;
  eat(v, p, "第");
  int n = 0;
  if (!read_number(v, p, 3, n) || p != v.size() - 3) return std::nullopt;
  std::size_t start = year - 4;
  if (start > 0 && digit_at(v, start - 1)) return std::nullopt;
  JournalIssue out;
  out.issue = std::string(v.substr(start));
  std::string_view journal = v.substr(0, start);
  if (journal.substr(0, 3) == "《") journal.remove_prefix(3);
  if (journal.size() >= 3 && journal.substr(journal.size() - 3) == "》") journal.remove_suffix(3);
  for (std::size_t i = 0; i < journal.size();) {
    char32_t c = next_char(journal, i);
    if (!(is_han(c) || is_latin_letter(c) || is_ascii_digit(c) || c == U'·')) return std::nullopt;
  }
  if (count_chars(journal) > 20) return std::nullopt;
  out.journal = std::string(journal);
  return out;
}

}  // namespace paiban::parse
