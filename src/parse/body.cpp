#include "parse/body.h"

#include <algorithm>
#include <set>
#include <string>

#include "parse/footnotes.h"
#include "parse/headings.h"
#include "parse/normalize.h"
#include "parse/points.h"
#include "parse/report.h"
#include "parse/utf8.h"

namespace paiban::parse {

namespace {

using model::Block;
using model::BlockType;

struct BodyLine {
  const Line* line;
  std::string text;    // normalised
  std::u32string u32;  // its start (enough for labels and headings) as code points
  bool blank_before = false;
};

struct Paragraph {
  std::vector<const BodyLine*> lines;
  std::string text;
};

// How the archive separates paragraphs.
struct Layout {
  bool blank_separated = false;  // a blank line after every paragraph
  bool indented_starts = false;  // paragraphs start indented, continuation lines do not
  int base_indent = 0;
  int wrap_width = 0;            // > 0: lines were hard-wrapped at this width (half-em units)
};

Layout analyse(const std::vector<BodyLine>& body) {
  Layout l;
  if (body.empty()) return l;
  std::size_t n = body.size(), blank = 0, indented = 0;
  l.base_indent = body.front().line->indent;
  for (const BodyLine& b : body) l.base_indent = std::min(l.base_indent, b.line->indent);
  int max_width = 0;
  std::vector<int> widths;
  for (std::size_t i = 0; i < n; ++i) {
    blank += i > 0 && body[i].blank_before;
    indented += body[i].line->indent >= l.base_indent + 2;
    widths.push_back(display_width(body[i].line->text) + body[i].line->indent - l.base_indent);
    max_width = std::max(max_width, widths.back());
  }
  l.blank_separated = n >= 2 && blank * 5 >= (n - 1) * 2;
  l.indented_starts = indented >= 2 && n - indented >= 2 && indented * 10 >= n;
  std::size_t near_max = std::count_if(widths.begin(), widths.end(), [&](int w) { return w >= max_width - 4; });
  if (n >= 4 && near_max >= 3 && near_max * 4 >= n) l.wrap_width = max_width;
  return l;
}

bool ends_sentence(std::string_view s) {
  if (s.empty()) return true;
  std::size_t end = s.size();
  char32_t c = prev_char(s, end);
  return c == U'。' || c == U'！' || c == U'？' || c == U'…' || c == U'”' || c == U'」' || c == U'』' ||
         c == U'）' || c == U'；' || c == U'：' || c == '.' || c == '!' || c == '?' || c == ')';
}

bool is_heading_line(const BodyLine& b) {
  auto h = match_heading_number(b.u32, b.line->text);
  return (h && reads_as_heading(b.u32)) || is_unnumbered_heading(b.u32);
}

bool starts_block(const BodyLine& b) {
  return is_heading_line(b) || match_point_label(b.u32) || note_label_length(b.u32) > 0;
}

bool joins(const Paragraph& cur, const BodyLine& next, const Layout& l) {
  if (next.blank_before || starts_block(next)) return false;
  if (cur.lines.size() == 1 && is_heading_line(*cur.lines.front())) return false;
  const BodyLine& prev = *cur.lines.back();
  if (l.indented_starts) return next.line->indent < l.base_indent + 2;
  if (l.wrap_width > 0) {
    int w = display_width(prev.line->text) + prev.line->indent - l.base_indent;
    return w >= l.wrap_width - (ends_sentence(prev.text) ? 1 : 4);
  }
  return l.blank_separated && !ends_sentence(prev.text);
}

void append_joined(std::string& text, const std::string& next) {
  if (!text.empty() && !next.empty() && is_latin_letter(static_cast<unsigned char>(text.back())) &&
      is_latin_letter(static_cast<unsigned char>(next.front())))
    text += ' ';  // an English word wrapped at a space
  text += next;
}

std::vector<Paragraph> group(const std::vector<BodyLine>& body) {
  Layout l = analyse(body);
  std::vector<Paragraph> out;
  for (const BodyLine& b : body) {
    if (!out.empty() && joins(out.back(), b, l)) {
      out.back().lines.push_back(&b);
      append_joined(out.back().text, b.text);
    } else {
      out.push_back({{&b}, b.text});
    }
  }
  return out;
}

struct Classifier {
  bool in_notes = false;
  std::set<std::string> referenced;  // circled markers seen in the text

  Block classify(const Paragraph& p) {
    std::u32string u = to_u32(p.text);
    Block b;
    b.line = p.lines.front()->line->number;
    std::string_view raw = p.lines.front()->line->text;
    if (in_notes) return note(u, note_or_number_label(u), b);
    if (auto h = match_heading_number(u, raw)) {
      if (reads_as_heading(u)) return heading(to_u32(normalize_title(raw)), h->level, h->length, b);
      return point(u, h->length, h->level, b);
    }
    if (is_unnumbered_heading(u)) {
      in_notes = starts_notes(u);
      return heading(to_u32(normalize_title(raw)), 1, 0, b);
    }
    std::size_t note_label = note_label_length(u);
    if (note_label > 0 && !(circled_value_at(u) && !referenced.count(to_utf8(u.substr(0, 1)))))
      return note(u, note_label, b);
    if (auto pl = match_point_label(u)) return point(u, pl->length, 0, b);
    b.runs = make_runs(u, 0, 0);
    remember_refs(b);
    return b;
  }

  static bool circled_value_at(std::u32string_view u) { return !u.empty() && u[0] >= 0x2460 && u[0] <= 0x2473; }

  static std::size_t note_or_number_label(std::u32string_view u) {
    if (std::size_t n = note_label_length(u)) return n;
    if (auto pl = match_point_label(u)) return pl->length;
    return 0;
  }

  Block heading(std::u32string_view u, int level, std::size_t number, Block b) {
    b.type = BlockType::heading;
    b.level = level;
    b.runs = make_runs(u, 0, number);
    remember_refs(b);
    return b;
  }

  Block point(std::u32string_view u, std::size_t label, int level, Block b) {
    b.type = BlockType::point;
    b.level = level;
    b.label = to_utf8(u.substr(0, label));
    std::size_t emphasis = first_sentence_end(u, label, 80);
    b.runs = make_runs(u, emphasis > 0 ? emphasis : label, label);
    remember_refs(b);
    return b;
  }

  Block note(std::u32string_view u, std::size_t label, Block b) {
    b.type = BlockType::footnote;
    b.label = to_utf8(u.substr(0, label));
    b.runs = make_runs(u, 0, label);
    return b;
  }

  void remember_refs(const Block& b) {
    for (const model::Run& r : b.runs)
      if (r.footnote_ref) referenced.insert(r.text.substr(0, 3));
  }
};

}  // namespace

void parse_body(const std::vector<Line>& lines, std::size_t begin, std::size_t end, const FrontMatter& fm,
                model::Article& a) {
  std::vector<BodyLine> body;
  bool blank = true;
  for (std::size_t i = begin; i < end; ++i) {
    const Line& line = lines[i];
    if (line.empty()) {
      blank = true;
      continue;
    }
    // titles and bylines are short: long lines need no key
    std::string key = line.text.size() <= 300 ? strip_spaces(line.text) : std::string();
    if (!fm.title_key.empty() && key == fm.title_key) {
      report_dropped_lines(a, lines, i, i, model::Severity::note, "repeated title dropped");
      blank = true;
    } else if (std::find(fm.byline_keys.begin(), fm.byline_keys.end(), key) != fm.byline_keys.end()) {
      report_dropped_lines(a, lines, i, i, model::Severity::note, "repeated byline dropped");
      blank = true;
    } else if (a.lead.empty() && !lead_text(line.text).empty()) {
      a.lead = lead_text(line.text);
      blank = true;
    } else {
      std::string text = normalize_text(line.text);
      std::u32string start = to_u32(text.substr(0, 200));  // labels and headings are short
      body.push_back({&line, std::move(text), std::move(start), blank});
      blank = false;
    }
  }
  Classifier classifier;
  for (const Paragraph& p : group(body)) a.blocks.push_back(classifier.classify(p));
}

}  // namespace paiban::parse
