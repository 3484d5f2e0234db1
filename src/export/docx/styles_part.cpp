#include "export/docx/styles_part.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "export/docx/handout.h"
#include "layout/style_defaults.h"

namespace paiban::export_docx {

namespace {

enum class Kind { paragraph, character };

// One row per style. `kind` names the layout block style it is built from
// (nullptr: no layout style, the row's own settings only).
struct StyleRow {
  Kind type;
  const char* id;
  const char* name;     // Word's built-in names are lower case (`heading 1`)
  const char* alias;    // the name a Chinese user looks for
  const char* kind;
  const char* based_on;
  const char* next;
  int outline = -1;     // 0 = level 1 in the navigation pane
  int ui_priority = 99;
  bool quick = false;   // w:qFormat: shown in the style gallery
};

const std::vector<StyleRow>& style_rows() {
  using namespace style_id;
  static const std::vector<StyleRow> rows = {
      {Kind::paragraph, title, "Title", "文章标题", "title", "Normal", subtitle, -1, 10, true},
      {Kind::paragraph, subtitle, "Subtitle", "副标题", "subtitle", "Normal", body, -1, 11, true},
      {Kind::paragraph, source_line, "Source Line", "来源", "source_line", "Normal", body},
      {Kind::paragraph, byline, "Byline", "作者", "byline", "Normal", body, -1, 99, true},
      {Kind::paragraph, affiliation, "Affiliation", "作者单位", "affiliation", "Normal", body},
      {Kind::paragraph, abstract, "Abstract", "摘要", "abstract", "Normal", body, -1, 99, true},
      {Kind::paragraph, keywords, "Keywords", "关键词", "keywords", "Normal", body},
      {Kind::paragraph, lead, "Lead", "导语", "lead", "Normal", body, -1, 99, true},
      {Kind::paragraph, heading1, "heading 1", nullptr, "heading1", "Normal", body, 0, 9, true},
      {Kind::paragraph, heading2, "heading 2", nullptr, "heading2", "Normal", body, 1, 9, true},
      {Kind::paragraph, style_id::body, "Body Text", nullptr, "paragraph", "Normal", body, -1, 99,
       true},
      {Kind::paragraph, point, "Point", "要点", "point", style_id::body, point, -1, 99, true},
      {Kind::paragraph, footnote, "footnote text", nullptr, "footnote", "Normal", footnote},
      {Kind::paragraph, editor, "Editor Note", "责编", "editor", "Normal", body},
      {Kind::paragraph, related_heading, "Related Heading", "相关阅读标题", "related_heading",
       "Normal", related},
      {Kind::paragraph, related, "Related", "相关阅读", "related", "Normal", related},
      {Kind::paragraph, notes_heading, "Notes Heading", "笔记标题", "notes_title", "Normal",
       notes_line},
      {Kind::paragraph, notes_line, "Notes Line", "笔记行", nullptr, "Normal", notes_line},
      {Kind::paragraph, header, "header", nullptr, nullptr, "Normal", header},
      {Kind::paragraph, footer, "footer", nullptr, nullptr, "Normal", footer},
      {Kind::character, point_lead, "Point Lead", "要点句", "point_runin", nullptr, nullptr, -1, 99,
       true},
      {Kind::character, label, "Label", "标签", nullptr, nullptr, nullptr},
      {Kind::character, footnote_ref, "footnote reference", nullptr, nullptr, nullptr, nullptr},
      {Kind::character, author_mark, "Author Mark", "作者标注", nullptr, nullptr, nullptr},
  };
  return rows;
}

std::string gray_color(float gray) {
  if (gray <= 0) return {};
  int level = static_cast<int>(std::lround(std::clamp(gray, 0.0f, 1.0f) * 255));
  char hex[8];
  std::snprintf(hex, sizeof hex, "%02X%02X%02X", level, level, level);
  return hex;
}

ParaProps para_props(const layout::BlockStyle& s) {
  ParaProps p;
  p.keep_next = s.keep_with_next;
  if (s.space_before > 0) p.before_pt = s.space_before;
  if (s.space_after > 0) p.after_pt = s.space_after;
  p.line_at_least_pt = s.leading > 0 ? s.leading : s.size * 1.5;
  p.em_pt = s.size;
  if (s.first_indent_em > 0) p.first_line_em = s.first_indent_em;
  if (s.left_indent_em > 0) p.left_em = s.left_indent_em;
  if (s.right_indent_em > 0) p.right_em = s.right_indent_em;
  p.align = s.align;
  return p;
}

RunProps run_props(const layout::BlockStyle& s, const FontChoice& fonts) {
  RunProps r;
  r.fonts = fonts.for_role(s.font_role);
  r.bold = s.bold;
  r.color = gray_color(s.gray);
  if (s.letter_spacing_em > 0) r.letter_spacing_pt = s.letter_spacing_em * s.size;
  r.size_pt = s.size;
  return r;
}

class StylesWriter {
 public:
  StylesWriter(const layout::LayoutSpec& layout, const FontChoice& fonts, std::string lang)
      : layout_(layout), fonts_(fonts), lang_(std::move(lang)) {}

  StylesPart write() {
    StylesPart part{new_part("w:styles", {{"xmlns:w", kNsW}}), {}};
    tinyxml2::XMLElement* styles = root(part.xml);
    write_doc_defaults(styles);
    write_normal(styles);
    write_default_character(styles);
    for (const StyleRow& row : style_rows()) write_row(styles, row);
    part.families = std::move(families_);
    return part;
  }

 private:
  void note_fonts(const RunProps& r) {
    if (!r.fonts) return;
    for (const std::string& f : {r.fonts->east_asia, r.fonts->latin})
      if (std::find(families_.begin(), families_.end(), f) == families_.end()) families_.push_back(f);
  }

  RunProps with_lang(RunProps r) {
    r.lang_latin = "en-US";
    r.lang_east_asia = lang_;
    note_fonts(r);
    return r;
  }

  void write_doc_defaults(tinyxml2::XMLElement* styles) {
    layout::BlockStyle body = block_style(layout_, "paragraph");
    tinyxml2::XMLElement* defaults = child(styles, "w:docDefaults");
    RunProps r = run_props(body, fonts_);
    r.bold.reset();
    append_run_props(child(defaults, "w:rPrDefault"), with_lang(r));
    ParaProps p;
    p.east_asian_rules = true;
    append_para_props(child(defaults, "w:pPrDefault"), p);
  }

  void write_normal(tinyxml2::XMLElement* styles) {
    tinyxml2::XMLElement* s = child(styles, "w:style",
                                    {{"w:type", "paragraph"}, {"w:default", "1"}, {"w:styleId", "Normal"}});
    val(s, "w:name", "Normal");
    child(s, "w:qFormat");
    ParaProps p;
    p.widow_control = true;
    p.east_asian_rules = true;
    append_para_props(s, p);
    RunProps r = run_props(block_style(layout_, "paragraph"), fonts_);
    r.bold.reset();
    append_run_props(s, with_lang(r));
  }

  static void write_default_character(tinyxml2::XMLElement* styles) {
    tinyxml2::XMLElement* s =
        child(styles, "w:style",
              {{"w:type", "character"}, {"w:default", "1"}, {"w:styleId", "DefaultParagraphFont"}});
    val(s, "w:name", "Default Paragraph Font");
    val(s, "w:uiPriority", "1");
    child(s, "w:semiHidden");
    child(s, "w:unhideWhenUsed");
  }

  // CT_Style children: name, aliases, basedOn, next, link, autoRedefine,
  // hidden, uiPriority, semiHidden, unhideWhenUsed, qFormat, ..., pPr, rPr.
  void write_row(tinyxml2::XMLElement* styles, const StyleRow& row) {
    bool para = row.type == Kind::paragraph;
    tinyxml2::XMLElement* s = child(
        styles, "w:style", {{"w:type", para ? "paragraph" : "character"}, {"w:styleId", row.id}});
    val(s, "w:name", row.name);
    if (row.alias) val(s, "w:aliases", row.alias);
    val(s, "w:basedOn", row.based_on ? row.based_on : "DefaultParagraphFont");
    if (row.next) val(s, "w:next", row.next);
    val(s, "w:uiPriority", std::to_string(row.ui_priority));
    if (row.quick) child(s, "w:qFormat");
    if (para) append_para_props(s, paragraph_props(row));
    append_run_props(s, character_props(row));
  }

  layout::BlockStyle row_style(const StyleRow& row) const {
    using namespace style_id;
    if (row.kind) return block_style(layout_, row.kind);
    if (row.id == std::string(header)) return layout_.header.style;
    if (row.id == std::string(footer)) return layout_.folio.style;
    layout::BlockStyle s = block_style(layout_, "paragraph");
    s.first_indent_em = 0;
    return s;
  }

  ParaProps paragraph_props(const StyleRow& row) const {
    ParaProps p = para_props(row_style(row));
    if (row.outline >= 0) {
      p.outline_level = row.outline;
      p.keep_next = true;
    }
    if (row.id == std::string(style_id::notes_line)) {
      p.line_at_least_pt = layout_.handout.notes_spacing;
      // Word and LibreOffice draw one border around adjacent paragraphs of
      // the same style; `between` rules every line, also ones the user adds.
      p.rule_below = p.rule_between = true;
      p.first_line_em.reset();
      p.keep_next = true;  // the notes area moves to a new page whole, never split
    }
    // The built-in header (journal, issue) of layouts without one gets a rule.
    if (row.id == std::string(style_id::header))
      p.rule_below = layout_.header.enabled ? layout_.header.rule > 0 : true;
    if (row.id == std::string(style_id::header) || row.id == std::string(style_id::footer))
      p.align = text::Align::center;
    return p;
  }

  RunProps character_props(const StyleRow& row) {
    using namespace style_id;
    std::string id = row.id;
    RunProps r;
    if (row.type == Kind::paragraph || id == point_lead) {
      layout::BlockStyle s = row_style(row);
      r = run_props(s, fonts_);
      if (id == point_lead) {
        r.size_pt.reset();  // the paragraph's size
        // Bold unless a different face already sets the sentence apart.
        layout::BlockStyle point = block_style(layout_, "point");
        r.bold = s.bold || s.font_role == point.font_role;
      }
    } else {
      // Labels and marks keep the paragraph's face: only the fonts' language
      // settings, so that every style names its East Asian face.
      r.fonts = fonts_.for_role(id == label ? "heading" : block_style(layout_, "paragraph").font_role);
      if (id == label) r.bold = false;
      if (id == footnote_ref || id == author_mark) r.superscript = true;
    }
    return with_lang(r);
  }

  const layout::LayoutSpec& layout_;
  const FontChoice& fonts_;
  std::string lang_;
  std::vector<std::string> families_;
};

}  // namespace

std::string east_asian_lang(const std::string& language) {
  return language == "zh-Hant" ? "zh-TW" : "zh-CN";
}

layout::BlockStyle block_style(const layout::LayoutSpec& layout, const std::string& kind) {
  auto it = layout.styles.find(kind);
  return it != layout.styles.end() ? it->second : layout::default_style(kind);
}

StylesPart styles_part(const layout::LayoutSpec& layout, const FontChoice& fonts,
                       const std::string& language) {
  return StylesWriter(layout, fonts, east_asian_lang(language)).write();
}

}  // namespace paiban::export_docx
