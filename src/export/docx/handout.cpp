#include "export/docx/handout.h"

#include <map>
#include <set>

#include "model/labels.h"

namespace paiban::export_docx {

namespace {

using model::kLabels;

const char* const kIdeographicSpace = "\u3000";

std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// clreq: two-character names are traditionally set with a space between
// them (`姜　荣`); the model stores them without it.
std::string display_name(const std::string& name) {
  if (code_points(name) != 2) return name;
  std::size_t second = 1;
  while (second < name.size() && (static_cast<unsigned char>(name[second]) & 0xC0) == 0x80) ++second;
  return name.substr(0, second) + kIdeographicSpace + name.substr(second);
}

// `2014-08-15` -> `2014年8月15日`; anything else is kept as it is.
std::string chinese_date(const std::string& iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
  auto number = [&](std::size_t at, std::size_t len) {
    return std::to_string(std::stoi(iso.substr(at, len)));
  };
  try {
    return iso.substr(0, 4) + "年" + number(5, 2) + "月" + number(8, 2) + "日";
  } catch (const std::exception&) {
    return iso;
  }
}

DocParagraph plain(const char* style, const std::string& text) {
  return DocParagraph{style, {DocRun{text, {}, 0, FieldCode::none}}};
}

DocParagraph labelled(const char* style, const char* label, const std::string& text) {
  return DocParagraph{style, {DocRun{label, style_id::label, 0, FieldCode::none},
                              DocRun{text, {}, 0, FieldCode::none}}};
}

std::string source_text(const model::Article& a) {
  std::string text = kLabels.source;
  if (!a.journal.empty()) text += "《" + a.journal + "》";
  text += a.issue;
  if (!a.date.empty()) text += std::string(kIdeographicSpace) + chinese_date(a.date);
  return text;
}

DocParagraph byline(const model::Article& a) {
  DocParagraph p{style_id::byline, {}};
  for (const model::Author& author : a.authors) {
    std::string text = p.runs.empty() ? "" : std::string(kIdeographicSpace) + kIdeographicSpace;
    if (!author.role.empty()) text += author.role + kIdeographicSpace;
    text += display_name(author.name);
    p.runs.push_back(DocRun{text, {}, 0, FieldCode::none});
    std::string marks;
    for (const std::string& m : author.marks) marks += (marks.empty() ? "" : ",") + m;
    if (!marks.empty()) p.runs.push_back(DocRun{marks, style_id::author_mark, 0, FieldCode::none});
  }
  return p;
}

std::string keywords_text(const model::Article& a) {
  if (a.keywords.empty()) return a.keywords_raw;
  std::string text;
  for (const std::string& k : a.keywords) text += (text.empty() ? "" : kLabels.keyword_separator) + k;
  return text;
}

void add_front_matter(const model::Article& a, const layout::LayoutSpec& layout, Handout& h) {
  if (!a.title.empty()) h.body.push_back(plain(style_id::title, a.title));
  if (!a.subtitle.empty()) h.body.push_back(plain(style_id::subtitle, a.subtitle));
  if (layout.handout.source_line && (!a.journal.empty() || !a.issue.empty() || !a.date.empty()))
    h.body.push_back(plain(style_id::source_line, source_text(a)));
  if (!a.authors.empty()) h.body.push_back(byline(a));
  for (const std::string& affiliation : a.affiliations)
    h.body.push_back(plain(style_id::affiliation, affiliation));
  if (!a.abstract.empty()) h.body.push_back(labelled(style_id::abstract, kLabels.abstract, a.abstract));
  std::string keywords = keywords_text(a);
  if (!keywords.empty()) h.body.push_back(labelled(style_id::keywords, kLabels.keywords, keywords));
  if (!a.abstract_en.empty())
    h.body.push_back(labelled(style_id::abstract, kLabels.abstract_en, a.abstract_en));
  if (!a.keywords_en.empty()) {
    std::string english;
    for (const std::string& k : a.keywords_en)
      english += (english.empty() ? "" : kLabels.keyword_separator_en) + k;
    h.body.push_back(labelled(style_id::keywords, kLabels.keywords_en, english));
  }
  if (!a.lead.empty()) h.body.push_back(plain(style_id::lead, a.lead));
}

// Footnote blocks that some reference points at get real footnotes, numbered
// in order of their first reference; the others stay in the text.
class FootnoteMatcher {
 public:
  explicit FootnoteMatcher(const model::Article& a) {
    std::set<std::string> referenced;
    for (const model::Block& b : a.blocks)
      for (const model::Run& r : b.runs)
        if (r.footnote_ref && b.type != model::BlockType::footnote) referenced.insert(r.text);
    for (const model::Block& b : a.blocks)
      if (b.type == model::BlockType::footnote && referenced.count(b.label) && !notes_.count(b.label))
        notes_[b.label] = &b;
  }
  bool is_note(const model::Block& b) const {
    auto it = notes_.find(b.label);
    return b.type == model::BlockType::footnote && it != notes_.end() && it->second == &b;
  }
  // The footnote id for a reference mark, 0 when it has no note or was used.
  int claim(const std::string& mark, Handout& h) {
    auto it = notes_.find(mark);
    if (it == notes_.end() || claimed_.count(mark)) return 0;
    claimed_.insert(mark);
    int id = static_cast<int>(h.footnotes.size()) + 1;
    h.footnotes.push_back(DocFootnote{id, note_runs(*it->second)});
    return id;
  }

 private:
  static std::vector<DocRun> note_runs(const model::Block& b) {
    std::vector<DocRun> runs{DocRun{b.label, style_id::footnote_ref, 0, FieldCode::none}};
    std::string text = b.text();
    if (text.rfind(b.label, 0) == 0) text.erase(0, b.label.size());
    runs.push_back(DocRun{text, {}, 0, FieldCode::none});
    return runs;
  }
  std::map<std::string, const model::Block*> notes_;
  std::set<std::string> claimed_;
};

const char* block_style(const model::Block& b) {
  switch (b.type) {
    case model::BlockType::heading: return b.level >= 2 ? style_id::heading2 : style_id::heading1;
    case model::BlockType::point: return style_id::point;
    case model::BlockType::footnote: return style_id::footnote;
    case model::BlockType::paragraph: break;
  }
  return style_id::body;
}

void add_blocks(const model::Article& a, Handout& h) {
  FootnoteMatcher notes(a);
  for (const model::Block& b : a.blocks) {
    if (notes.is_note(b)) continue;
    DocParagraph p{block_style(b), {}};
    for (const model::Run& r : b.runs) {
      DocRun run{r.text, {}, 0, FieldCode::none};
      if (r.footnote_ref) {
        run.char_style = style_id::footnote_ref;
        run.footnote_id = notes.claim(r.text, h);
      } else if (r.emphasis) {
        run.char_style = style_id::point_lead;
      }
      p.runs.push_back(std::move(run));
    }
    h.body.push_back(std::move(p));
  }
}

void add_back_matter(const model::Article& a, const layout::LayoutSpec& layout, Handout& h) {
  if (!a.editor.empty()) {
    bool bracketed = a.editor.rfind("(", 0) == 0 || a.editor.rfind("（", 0) == 0;
    std::string credit = kLabels.editor_before + a.editor + kLabels.editor_after;
    h.body.push_back(plain(style_id::editor, bracketed ? a.editor : credit));
  }
  if (!a.related.empty()) {
    h.body.push_back(plain(style_id::related_heading, kLabels.related_heading));
    for (const std::string& title : a.related) h.body.push_back(plain(style_id::related, title));
  }
  if (layout.handout.notes_lines > 0) {
    // As in the PDF: the layout's title (学习笔记 unless it says otherwise); none when it sets "".
    if (!layout.handout.notes_title.empty())
      h.body.push_back(plain(style_id::notes_heading, layout.handout.notes_title));
    for (int i = 0; i < layout.handout.notes_lines; ++i)
      h.body.push_back(DocParagraph{style_id::notes_line, {}});
  }
}

std::string first_running_template(const layout::RunningText& running) {
  if (!running.enabled) return {};
  return running.right_page.empty() ? running.left_page : running.right_page;
}

}  // namespace

std::vector<DocRun> expand_running_template(const std::string& templ, const model::Article& a) {
  static const std::map<std::string, std::string model::Article::*> fields = {
      {"journal", &model::Article::journal},
      {"issue", &model::Article::issue},
      {"title", &model::Article::title}};
  std::vector<DocRun> runs;
  std::string pending;
  auto flush = [&] {
    if (!pending.empty()) runs.push_back(DocRun{pending, {}, 0, FieldCode::none});
    pending.clear();
  };
  for (std::size_t i = 0; i < templ.size();) {
    std::size_t close = templ[i] == '{' ? templ.find('}', i) : std::string::npos;
    std::string name = close == std::string::npos ? "" : templ.substr(i + 1, close - i - 1);
    if (name == "page" || name == "pages") {
      flush();
      runs.push_back(DocRun{"1", {}, 0, name == "page" ? FieldCode::page : FieldCode::num_pages});
    } else if (auto f = fields.find(name); f != fields.end()) {
      pending += a.*(f->second);
    } else {
      pending += templ[i++];
      continue;
    }
    i = close + 1;
  }
  flush();
  return runs;
}

Handout compose_handout(const model::Article& article, const layout::LayoutSpec& layout) {
  Handout h;
  add_front_matter(article, layout, h);
  add_blocks(article, h);
  add_back_matter(article, layout, h);

  std::string head = first_running_template(layout.header);
  if (head.empty() || (article.journal.empty() && article.issue.empty()))
    head = article.journal.empty() && article.issue.empty() ? "{title}" : "{journal}\u3000{issue}";
  h.header = DocParagraph{style_id::header, expand_running_template(head, article)};

  std::string foot = first_running_template(layout.folio);
  if (foot.find("{pages}") == std::string::npos) foot = kLabels.page_of_pages;
  h.footer = DocParagraph{style_id::footer, expand_running_template(foot, article)};
  return h;
}

}  // namespace paiban::export_docx
