// After the last article: running heads and folios (the page count is now
// known), document info and the face table.
#include <algorithm>
#include <compare>
#include <map>

#include "layout/emit_line.h"
#include "layout/paginator_state.h"
#include "layout/set_block.h"

namespace paiban::layout {

namespace {

constexpr double kEmDescent = 0.12;

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

text::Align running_align(RunningPosition position, bool recto) {
  switch (position) {
    case RunningPosition::center: return text::Align::center;
    case RunningPosition::outer: return recto ? text::Align::right : text::Align::left;
    case RunningPosition::inner: return recto ? text::Align::left : text::Align::right;
  }
  return text::Align::center;
}

// Running texts repeat from page to page (the journal line on every verso,
// the title on every recto), and each is set once to see whether it fits on
// one line and again to be placed: every distinct one is set only once.
class RunningSetter {
 public:
  explicit RunningSetter(const text::FontCatalog& fonts) : fonts_(fonts) {}

  const text::ParagraphResult& set(const BlockStyle& style, const std::string& s, double width, text::Align align) {
    auto [it, added] = done_.try_emplace(Key{&style, s, width, align});
    if (added) {
      text::ParagraphSpec spec;
      spec.spans.push_back({s, {style.font_role, style.size, style.bold}});
      spec.measure = width;
      spec.align = align;
      it->second = text::set_paragraph(fonts_, spec);
    }
    return it->second;
  }

 private:
  struct Key {
    const BlockStyle* style;
    std::string text;
    double width;
    text::Align align;
    auto operator<=>(const Key&) const = default;
  };
  const text::FontCatalog& fonts_;
  std::map<Key, text::ParagraphResult> done_;
};

// A running head must stay on one line: a long title loses its end to ……,
// keeping as many characters as fit. Fitting only gets harder as characters
// are kept, so the count is found by bisection: walking down from the full
// title set one paragraph per character, quadratic in the title's length (a
// 1,000-character title took 0.7 s). Ragged lines break alike whatever
// their alignment, so the test is set as the text will be placed.
std::string fit_one_line(RunningSetter& setter, const BlockStyle& style, const HeadFields& fields,
                         const std::string& templ, double width, text::Align align) {
  auto fits = [&](const std::string& text) { return setter.set(style, text, width, align).lines.size() <= 1; };
  std::string full = expand_template(templ, fields);
  if (fits(full)) return full;
  std::vector<std::size_t> starts;  // byte offset of each character of the title
  for (std::size_t i = 0; i < fields.title.size(); ++i)
    if ((static_cast<unsigned char>(fields.title[i]) & 0xC0) != 0x80) starts.push_back(i);
  auto shortened = [&](std::size_t keep) {
    HeadFields shorter = fields;
    shorter.title = fields.title.substr(0, starts[keep]) + "……";
    return expand_template(templ, shorter);
  };
  if (starts.size() < 2 || !fits(shortened(1))) return full;
  std::size_t lo = 1, hi = starts.size() - 1;  // shortened(lo) fits; find the largest keep that does
  while (lo < hi) {
    std::size_t mid = lo + (hi - lo + 1) / 2;
    if (fits(shortened(mid)))
      lo = mid;
    else
      hi = mid - 1;
  }
  return shortened(lo);
}

void add_running_text(Page& page, Paginator::State& s, RunningSetter& setter, const RunningText& rt,
                      const std::string& text, bool header) {
  if (text.empty()) return;
  Frame block = text_block(s.spec, page.recto);
  const text::ParagraphResult& set = setter.set(rt.style, text, block.width, running_align(rt.position, page.recto));
  if (set.lines.empty()) return;
  const double size = rt.style.size;
  double baseline = header ? block.y - rt.offset - kEmDescent * size : block.y + block.height + rt.offset + 0.88 * size;
  SetLine line;
  line.line = set.lines.front();
  line.measure = static_cast<float>(block.width);
  LineRecord record;
  record.block = header ? "header" : "folio";
  record.article = page.article;
  BlockStyle style = rt.style;
  style.align = running_align(rt.position, page.recto);
  emit_line(page, line, style, block.x, baseline, record);
  if (header && rt.rule > 0) {
    float y = static_cast<float>(block.y - rt.offset / 2);
    page.rules.push_back({static_cast<float>(block.x), y, static_cast<float>(block.x + block.width), y,
                          static_cast<float>(rt.rule)});
  }
}

}  // namespace

std::string expand_template(const std::string& text, const HeadFields& f) {
  std::string s = text;
  s = replace_all(s, "{journal}", f.journal);
  s = replace_all(s, "{issue}", f.issue);
  s = replace_all(s, "{pages}", f.pages);
  s = replace_all(s, "{page}", f.page);
  s = replace_all(s, "{title}", f.title);
  return s;
}

void set_running_texts(Paginator::State& s) {
  RunningSetter setter(s.fonts);
  const int pages = static_cast<int>(s.doc.pages.size());
  for (int i = 0; i < pages; ++i) {
    Page& page = s.doc.pages[static_cast<std::size_t>(i)];
    if (page.article < 0) continue;  // blank pages carry nothing
    const ArticlePages& a = s.doc.articles[static_cast<std::size_t>(page.article)];
    bool first = a.first_page == i;
    HeadFields fields{a.journal, a.issue, a.title, page.label, std::to_string(s.options.first_folio + pages - 1)};
    for (bool header : {true, false}) {
      const RunningText& rt = header ? s.spec.header : s.spec.folio;
      if (!rt.enabled || (first && !rt.on_first_page)) continue;
      const std::string& templ = page.recto ? rt.right_page : rt.left_page;
      std::string text = fit_one_line(setter, rt.style, fields, templ, text_block(s.spec, page.recto).width,
                                      running_align(rt.position, page.recto));
      add_running_text(page, s, setter, rt, text, header);
    }
  }
}

Document Paginator::finish() {
  State& s = *state_;
  if (s.options.running_heads) set_running_texts(s);
  s.doc.faces = s.fonts.faces();
  if (!s.doc.articles.empty()) {
    const ArticlePages& a = s.doc.articles.front();
    s.doc.info.title = a.title;
    s.doc.info.author = a.authors;
    s.doc.info.subject = a.journal + (a.journal.empty() || a.issue.empty() ? "" : " ") + a.issue;
  }
  for (const std::string& k : s.keywords)
    s.doc.info.keywords += (s.doc.info.keywords.empty() ? "" : ", ") + k;
  return std::move(s.doc);
}

}  // namespace paiban::layout
