#include "parse/tail.h"

#include <optional>

#include "parse/junk.h"
#include "parse/labels.h"
#include "parse/normalize.h"
#include "parse/report.h"
#include "parse/utf8.h"

namespace paiban::parse {

namespace {

using model::Severity;

bool is_close(char32_t c) { return c == ')' || c == U'）' || c == ']' || c == U'】' || c == U'〕' || c == U'］'; }

// `(责编:张灵霞)` -> `张灵霞`. Letter-spaced names lose their spaces; several
// names stay separated by one space.
std::optional<std::string> editor_note(std::string_view line) {
  if (count_chars(line) > 40) return std::nullopt;
  auto rest = after_label(line, Label::editor);
  if (!rest) return std::nullopt;
  std::u32string names = to_u32(*rest);
  while (!names.empty() && (is_close(names.back()) || is_space(names.back()) || names.back() == U'。')) names.pop_back();
  std::vector<std::u32string> tokens(1);
  for (char32_t c : names) {
    if (is_space(c) || c == U'、' || c == U'，' || c == ',') {
      if (!tokens.back().empty()) tokens.emplace_back();
    } else {
      tokens.back() += c;
    }
  }
  if (tokens.back().empty()) tokens.pop_back();
  if (tokens.empty()) return std::nullopt;
  bool letter_spaced = true;
  for (const auto& t : tokens) letter_spaced = letter_spaced && t.size() == 1;
  std::string out;
  for (const auto& t : tokens) {
    if (!out.empty() && !letter_spaced) out += ' ';
    out += to_utf8(t);
  }
  return out;
}

bool is_footer(std::string_view s) { return is_copyright_line(s) || (count_chars(s) <= 40 && is_junk_line(s)); }

std::size_t find_related(const std::vector<Line>& lines, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i)
    if (!lines[i].empty() && after_label(lines[i].text, Label::related)) return i;
  return end;
}

void parse_related(const std::vector<Line>& lines, std::size_t at, std::size_t end, model::Article& a) {
  std::size_t i = at + 1;
  while (i < end && lines[i].empty()) ++i;
  std::string keywords = word_key(a.keywords_raw);
  if (i < end && !keywords.empty() && word_key(lines[i].text) == keywords) {
    report_dropped_lines(a, lines, i, i, Severity::note, "related list: line echoing the keywords dropped");
    ++i;
  }
  for (; i < end; ++i) {
    std::string_view s = lines[i].text;
    if (s.empty()) {
      if (!a.related.empty()) break;
      continue;
    }
    if (count_chars(s) > 60) break;
    if (is_footer(s)) report_dropped_lines(a, lines, i, i, Severity::note, "footer line dropped");
    else a.related.push_back(normalize_title(s));
  }
  while (i < end && lines[i].empty()) ++i;
  if (i < end) {
    std::size_t last = end - 1;
    while (lines[last].empty()) --last;
    report_dropped_lines(a, lines, i, last, Severity::warning, "text after the related list dropped");
  }
}

// Index after the last line of text before `end` that is not footer or blank.
std::size_t strip_footer(const std::vector<Line>& lines, std::size_t begin, std::size_t end, model::Article& a) {
  std::size_t cut = end;
  while (cut > begin && (lines[cut - 1].empty() || is_footer(lines[cut - 1].text))) --cut;
  std::size_t first = cut;
  while (first < end && lines[first].empty()) ++first;
  if (first < end) {
    std::size_t last = end - 1;
    while (lines[last].empty()) --last;
    report_dropped_lines(a, lines, first, last, Severity::note, "copyright footer or junk dropped");
  }
  return cut;
}

}  // namespace

Tail parse_tail(const std::vector<Line>& lines, std::size_t begin, std::size_t end, model::Article& a) {
  Tail t;
  std::size_t related = find_related(lines, begin, end);
  if (related < end) parse_related(lines, related, end, a);
  std::size_t editor = related;
  for (std::size_t i = begin; i < related; ++i) {
    if (lines[i].empty()) continue;
    if (auto name = editor_note(lines[i].text)) {
      a.editor = *name;
      editor = i;
      break;
    }
  }
  if (editor < related) {
    t.body_end = editor;
    t.extra_begin = editor + 1;
    t.extra_end = strip_footer(lines, editor + 1, related, a);
  } else {
    t.body_end = strip_footer(lines, begin, related, a);
    t.extra_begin = t.extra_end = t.body_end;
  }
  return t;
}

}  // namespace paiban::parse
