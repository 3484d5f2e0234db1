#include "layout/block_source.h"

#include "model/labels.h"

namespace paiban::layout {

namespace {

using model::kLabels;

text::TextStyle text_style(const BlockStyle& style) {
  text::TextStyle t;
  t.role = style.font_role;
  t.size = style.size;
  t.bold = style.bold;
  return t;
}

int utf8_length(const std::string& s) {
  int n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

BlockSource plain(const LayoutSpec& spec, const std::string& kind, const std::string& text) {
  BlockSource b;
  b.kind = kind;
  b.spans.push_back({text, text_style(spec.style(kind))});
  return b;
}

// A label (`摘要：`, model/labels.h) set in the heading face, then the text
// in the block's own face.
BlockSource labelled(const LayoutSpec& spec, const std::string& kind, const std::string& label,
                     const std::string& text) {
  BlockSource b = plain(spec, kind, text);
  text::TextStyle label_style = b.spans.front().style;
  label_style.role = spec.style("heading1").font_role;
  b.spans.insert(b.spans.begin(), {label, label_style});
  return b;
}

void add_title_block(const model::Article& a, const LayoutSpec& spec, std::vector<BlockSource>& out) {
  BlockSource title = plain(spec, "title", a.title);
  title.outline_level = 0;
  title.outline_title = a.title;
  out.push_back(title);
  if (!a.subtitle.empty()) out.push_back(plain(spec, "subtitle", a.subtitle));
  if (spec.handout.source_line && (!a.journal.empty() || !a.issue.empty() || !a.date.empty())) {
    std::string source = kLabels.source;
    if (!a.journal.empty()) source += "《" + a.journal + "》";
    source += a.issue;
    if (!a.date.empty()) source += (a.journal.empty() && a.issue.empty() ? "" : "  ") + a.date;
    out.push_back(plain(spec, "source_line", source));
  }
  if (!a.authors.empty()) {
    BlockSource byline;
    byline.kind = "byline";
    text::TextStyle style = text_style(spec.style("byline"));
    std::string text;
    for (const model::Author& author : a.authors) {
      if (!text.empty()) text += "  ";
      if (!author.role.empty()) text += author.role + " ";
      if (wants_name_spacing(author.name)) {
        // Space after the first character only: the gap sits between the two.
        uint32_t begin = static_cast<uint32_t>(text.size());
        std::size_t second = 1;
        while (second < author.name.size() && (static_cast<unsigned char>(author.name[second]) & 0xC0) == 0x80) ++second;
        byline.spaced.push_back({begin, begin + static_cast<uint32_t>(second)});
      }
      text += author.name;
      for (std::size_t i = 0; i < author.marks.size(); ++i) text += (i ? "," : "") + author.marks[i];
    }
    byline.spacing_em = 1;
    byline.spans.push_back({text, style});
    out.push_back(byline);
  }
  for (const std::string& affiliation : a.affiliations) out.push_back(plain(spec, "affiliation", affiliation));
  if (!a.abstract.empty()) out.push_back(labelled(spec, "abstract", kLabels.abstract, a.abstract));
  if (!a.keywords.empty()) {
    std::string joined;
    for (const std::string& k : a.keywords)
      joined += (joined.empty() ? "" : kLabels.keyword_separator) + k;
    out.push_back(labelled(spec, "keywords", kLabels.keywords, joined));
  }
  for (BlockSource& b : out) b.title_block = true;
}

// Body blocks: emphasis runs (run-in point heads) take the point_runin face;
// footnote markers are kept as ranges to raise.
BlockSource body_block(const model::Article& a, const LayoutSpec& spec, int index) {
  const model::Block& block = a.blocks[static_cast<std::size_t>(index)];
  BlockSource b;
  switch (block.type) {
    case model::BlockType::heading: b.kind = block.level >= 2 ? "heading2" : "heading1"; break;
    case model::BlockType::point: b.kind = "point"; break;
    case model::BlockType::footnote: b.kind = "footnote"; break;
    case model::BlockType::paragraph: b.kind = "paragraph"; break;
  }
  b.model_block = index;
  b.footnote_label = block.type == model::BlockType::footnote ? block.label : "";
  text::TextStyle base = text_style(spec.style(b.kind));
  text::TextStyle runin = text_style(spec.style("point_runin"));
  std::string emphasised;
  uint32_t offset = 0;
  for (const model::Run& run : block.runs) {
    if (run.text.empty()) continue;
    text::TextStyle style = run.emphasis ? runin : base;
    if (run.emphasis) emphasised += run.text;
    if (run.footnote_ref && block.type != model::BlockType::footnote) {
      // Set small and raised (set_block) like a superscript.
      style.size = base.size * kFootnoteRefScale;
      b.footnote_refs.push_back({offset, offset + static_cast<uint32_t>(run.text.size())});
      b.footnote_ref_labels.push_back(run.text);
    }
    if (!b.spans.empty() && b.spans.back().style.role == style.role && b.spans.back().style.bold == style.bold &&
        b.spans.back().style.size == style.size)
      b.spans.back().text += run.text;
    else
      b.spans.push_back({run.text, style});
    offset += static_cast<uint32_t>(run.text.size());
  }
  if (block.type == model::BlockType::heading) {
    b.outline_level = block.level >= 2 ? 2 : 1;
    b.outline_title = block.text();
  } else if (block.type == model::BlockType::point && block.level > 0 && !emphasised.empty()) {
    b.outline_level = block.level;
    b.outline_title = emphasised;
  }
  return b;
}

void add_tail(const model::Article& a, const LayoutSpec& spec, std::vector<BlockSource>& out) {
  if (!a.related.empty()) {
    out.push_back(plain(spec, "related_heading", kLabels.related_heading));
    for (const std::string& title : a.related) out.push_back(plain(spec, "related", title));
  }
  if (spec.handout.notes_lines > 0) {
    if (!spec.handout.notes_title.empty()) out.push_back(plain(spec, "notes_title", spec.handout.notes_title));
    BlockSource notes;
    notes.kind = "notes_title";
    notes.rule_lines = spec.handout.notes_lines;
    out.push_back(notes);
  }
}

}  // namespace

std::string BlockSource::text() const {
  std::string s;
  for (const text::Span& span : spans) s += span.text;
  return s;
}

bool wants_name_spacing(const std::string& name) {
  if (utf8_length(name) != 2) return false;
  for (unsigned char c : name)
    if (c < 0x80) return false;  // Latin initials and the like stay as they are
  return true;
}

std::vector<BlockSource> collect_blocks(const model::Article& article, const LayoutSpec& spec) {
  std::vector<BlockSource> out;
  add_title_block(article, spec, out);
  if (!article.lead.empty()) out.push_back(plain(spec, "lead", article.lead));
  std::vector<BlockSource> footnotes;
  for (int i = 0; i < static_cast<int>(article.blocks.size()); ++i) {
    BlockSource b = body_block(article, spec, i);
    if (b.spans.empty()) continue;
    (b.kind == "footnote" ? footnotes : out).push_back(std::move(b));
  }
  if (!article.editor.empty())
    out.push_back(plain(spec, "editor", kLabels.editor_before + article.editor + kLabels.editor_after));
  for (BlockSource& f : footnotes) out.push_back(std::move(f));
  add_tail(article, spec, out);
  return out;
}

}  // namespace paiban::layout
