#include "parse/front_matter.h"

#include <algorithm>
#include <optional>

#include "parse/byline.h"
#include "parse/headings.h"
#include "parse/junk.h"
#include "parse/labels.h"
#include "parse/normalize.h"
#include "parse/report.h"
#include "parse/source_lines.h"
#include "parse/utf8.h"

namespace paiban::parse {

namespace {

using model::Severity;

bool starts_with(std::string_view s, std::string_view w) { return s.substr(0, w.size()) == w; }

bool is_anchor(std::string_view s) {
  return match_date_line(s) || match_journal_issue(s) || after_label(s, Label::keywords) ||
         has_byline_marker(s) || after_label(s, Label::abstract);
}

bool is_subtitle(std::string_view s) { return starts_with(s, "——") || starts_with(s, "--"); }

std::string_view strip_dashes(std::string_view s) {
  while (starts_with(s, "—")) s.remove_prefix(3);
  while (starts_with(s, "-")) s.remove_prefix(1);
  return trim(s);
}

// A byline without a marker is only believed right under the title and
// source lines, short, and not a heading such as `引言`.
bool plausible_plain_byline(std::string_view s) {
  if (count_chars(s) > 30 || is_unnumbered_heading(to_u32(s))) return false;
  for (std::size_t p = 0; p < s.size();) {
    char32_t c = next_char(s, p);
    if (c == U'。' || c == U'：' || c == U'！' || c == U'？' || c == U'“') return false;
  }
  return true;
}

// Title line index, or `end` when the text has no recognisable title.
// Anchored on the first source/byline line when there is one: the title is
// the nearest line above it; everything before the title is page junk.
std::size_t find_title(const std::vector<Line>& lines, std::size_t begin, std::size_t end) {
  std::vector<std::size_t> candidates;
  for (std::size_t i = begin; i < end && candidates.size() < 25; ++i)
    if (!lines[i].empty()) candidates.push_back(i);
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    if (!is_anchor(lines[candidates[k]].text)) continue;
    // Walk up past the subtitle, affiliation and byline lines to the title.
    for (std::size_t j = k; j-- > 0;) {
      std::string_view s = lines[candidates[j]].text;
      bool under_title = is_subtitle(s) || match_affiliations(s) || (j > 0 && plausible_plain_byline(s) && match_byline(s));
      if (!under_title && !is_junk_line(s)) return candidates[j];
    }
    return end;
  }
  for (std::size_t i : candidates) {
    if (is_junk_line(lines[i].text)) continue;
    // without an anchor, only a short line that is not a sentence is believed a title
    std::string_view s = lines[i].text;
    bool sentence = s.size() >= 3 && s.substr(s.size() - 3) == "。";
    return count_chars(s) <= 60 && !sentence ? i : end;
  }
  return end;
}

void set_title(std::string_view line, model::Article& a) {
  std::string_view title = line, subtitle;
  for (std::string_view star : {"*", "＊", "∗"}) {
    std::size_t at = line.find(star);
    if (at != std::string_view::npos && at > 0) {
      title = trim(line.substr(0, at));
      subtitle = strip_dashes(trim(line.substr(at + star.size())));
      break;
    }
  }
  if (subtitle.empty()) {
    std::size_t dash = title.find("——");
    if (dash != std::string_view::npos && dash > 0 && dash + 6 < title.size()) {
      subtitle = strip_dashes(title.substr(dash));
      title = trim(title.substr(0, dash));
    }
  }
  a.title = normalize_title(title);
  a.subtitle = normalize_title(subtitle);
}


struct Glued {
  std::string text;
  int line = 0;
};

struct HeaderState {
  const std::vector<Line>& lines;
  std::size_t end;
  model::Article& a;
  FrontMatter fm;
  std::optional<Glued> glued;
  bool plain_byline_allowed = true;
  bool have_date = false, have_issue = false;
};

bool has_han(std::string_view s) {
  for (std::size_t p = 0; p < s.size();)
    if (is_han(next_char(s, p))) return true;
  return false;
}

// Joins the lines of a label's text that continue below it (hard-wrapped abstracts).
std::string take_continuation(HeaderState& st, std::size_t& i, std::string text, bool english = false) {
  while (i + 1 < st.end && !st.lines[i + 1].empty()) {
    std::string_view next = st.lines[i + 1].text;
    if (after_label(next, Label::keywords) || after_label(next, Label::keywords_en) ||
        after_label(next, Label::abstract_en) || after_label(next, Label::abstract) || is_catalogue_line(next))
      break;
    if (english && has_han(next)) break;
    bool latin = !text.empty() && is_latin_letter(static_cast<unsigned char>(text.back())) &&
                 is_latin_letter(static_cast<unsigned char>(next.front()));
    if (latin) text += ' ';
    text += next;
    ++i;
  }
  return text;
}

std::vector<std::string> split_english_keywords(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    std::string t(trim(cur));
    if (!t.empty()) out.push_back(t);
    cur.clear();
  };
  for (std::size_t p = 0; p < s.size();) {
    std::size_t q = p;
    char32_t c = next_char(s, q);
    if (c == ';' || c == ',' || c == U'；' || c == U'，') flush();
    else cur.append(s.substr(p, q - p));
    p = q;
  }
  flush();
  return out;
}

// One front-matter line; false when the line is not front matter (the body starts).
bool take_line(HeaderState& st, std::size_t& i) {
  model::Article& a = st.a;
  std::string_view s = st.lines[i].text;
  int number = st.lines[i].number;
  if (is_subtitle(s) && a.subtitle.empty() && !a.title.empty() && !st.have_date) {
    a.subtitle = normalize_title(strip_dashes(s));
  } else if (auto d = match_date_line(s); d && !st.have_date) {
    st.have_date = true;
    a.date = d->date;
    a.time = d->time;
    if (!d->rest.empty()) st.glued = Glued{std::string(d->rest), number};
  } else if (auto j = match_journal_issue(s); j && !st.have_issue) {
    st.have_issue = true;
    a.journal = j->journal;
    a.issue = j->issue;
  } else if (auto k = after_label(s, Label::keywords)) {
    a.keywords_raw = normalize_punctuation(trim(*k));
    st.plain_byline_allowed = false;
  } else if (auto ke = after_label(s, Label::keywords_en)) {
    a.keywords_en = split_english_keywords(take_continuation(st, i, std::string(*ke), true));
  } else if (auto ab = after_label(s, Label::abstract)) {
    a.abstract = normalize_text(take_continuation(st, i, std::string(*ab)));
    st.plain_byline_allowed = false;
  } else if (auto en = after_label(s, Label::abstract_en)) {
    a.abstract_en = clean_spaces(take_continuation(st, i, std::string(*en), true));
  } else if (auto unit = after_label(s, Label::author_unit)) {
    if (auto aff = match_affiliations("(" + std::string(*unit) + ")")) a.affiliations = *aff;
  } else if (auto aff = match_affiliations(s); aff && !a.authors.empty()) {
    a.affiliations.insert(a.affiliations.end(), aff->begin(), aff->end());
  } else if (!st.fm.title_key.empty() && strip_spaces(s) == st.fm.title_key) {
    report_dropped_lines(a, st.lines, i, i, Severity::note, "repeated title dropped");
  } else if (std::find(st.fm.byline_keys.begin(), st.fm.byline_keys.end(), strip_spaces(s)) !=
             st.fm.byline_keys.end()) {
    report_dropped_lines(a, st.lines, i, i, Severity::note, "repeated byline dropped");
  } else if (auto authors = (has_byline_marker(s) || (st.plain_byline_allowed && plausible_plain_byline(s)))
                                ? match_byline(s)
                                : std::optional<std::vector<model::Author>>{}) {
    a.authors.insert(a.authors.end(), authors->begin(), authors->end());
    st.fm.byline_keys.push_back(strip_spaces(s));
  } else if (is_catalogue_line(s) || (count_chars(s) <= 40 && is_junk_line(s))) {
    report_dropped_lines(a, st.lines, i, i, Severity::note, "catalogue or junk line dropped");
  } else {
    return false;
  }
  return true;
}

// Text glued to the date line usually repeats the byline (the role without
// its `、`); only an author not named elsewhere is kept.
void resolve_glued(HeaderState& st) {
  if (!st.glued) return;
  std::string key = word_key(st.glued->text);
  for (const model::Author& au : st.a.authors) {
    std::string name = word_key(au.name), role = word_key(au.role);
    if (key == name || key == role || key == role + name || key == name + role) {
      report_dropped_text(st.a, st.glued->line, st.glued->text, Severity::note,
                          "text glued to the date repeats the byline; dropped");
      return;
    }
  }
  st.a.authors.push_back(author_from_glued_text(st.glued->text));
}

}  // namespace

std::string lead_text(std::string_view line) {
  std::size_t n = 0;
  while (starts_with(line.substr(n), "▸") || starts_with(line.substr(n), "▶") || starts_with(line.substr(n), "►"))
    n += 3;
  if (n == 0) return "";
  return normalize_text(line.substr(n));
}

FrontMatter parse_front_matter(const std::vector<Line>& lines, std::size_t begin, std::size_t end,
                               model::Article& a) {
  HeaderState st{lines, end, a, {}, std::nullopt};
  std::size_t title = find_title(lines, begin, end);
  std::size_t i = begin;
  if (title < end) {
    std::size_t first_junk = begin;
    while (first_junk < title && lines[first_junk].empty()) ++first_junk;
    if (first_junk < title)
      report_dropped_lines(a, lines, first_junk, title - 1, Severity::note, "junk before the title dropped");
    set_title(lines[title].text, a);
    st.fm.title_key = strip_spaces(lines[title].text);
    i = title + 1;
  }
  for (; i < end; ++i) {
    if (lines[i].empty()) continue;
    if (!lead_text(lines[i].text).empty() && a.lead.empty()) {
      a.lead = lead_text(lines[i].text);
      ++i;
      break;
    }
    if (!take_line(st, i)) break;
  }
  resolve_glued(st);
  st.fm.body_begin = i;
  return st.fm;
}

}  // namespace paiban::parse
