#pragma once
// The words paiban itself prints around an article's text: field labels,
// list headings, the editor's credit, the contents title. One table, so that
// the PDF (src/layout) and the DOCX handout (src/export/docx) say the same
// thing in the same form. Plain data; the article's own text never comes
// from here (the parser strips the source's labels, docs/model.md).
//
// The forms are those of a printed Chinese study text:
// - A label in Chinese text ends with the full-width colon `：` (U+FF1A),
//   never `:`: GB/T 15834 and clreq (typography.md, "Characters and
//   widths"); the colon then takes part in punctuation width adjustment.
//   Lists inside a Chinese field are separated by the full-width `；`.
// - Brackets around the editor's credit are full-width `（）` for the same
//   reason: `（责编：张灵霞）`, set flush right after the text.
// - The related-reading list is headed 相关阅读, the term of print journals.
//   猜你喜欢 ("guess you like") is the web page's recommendation widget: the
//   parser accepts it as a source label, but a booklet or handout does not
//   print it. Neither issue #3 nor #5 asks for a particular wording (#5 only
//   names the style "Related list").
// - English fields (an English abstract after the Chinese one) are Latin
//   text, so their labels keep the half-width colon and a space.
namespace paiban::model {

struct Labels {
  const char* source;             // before journal, issue and date under the title
  const char* abstract;           // before the abstract
  const char* keywords;           // before the keywords
  const char* keyword_separator;  // between two keywords
  const char* editor_before;      // the editor's credit: editor_before + name + editor_after
  const char* editor_after;
  const char* related_heading;    // over the related-reading titles
  const char* notes_title;        // over a handout's ruled notes lines (the layout may replace it)
  const char* contents_title;     // an issue's contents page, letter-spaced for display
  const char* contents_bookmark;  // the same in the PDF outline, where spacing has no place
  const char* editor_note;        // before the issue editor's note on the contents page
  const char* page_of_pages;      // DOCX footer when the layout's folio has no {pages}
  const char* abstract_en;        // English abstract
  const char* keywords_en;        // English keywords
  const char* keyword_separator_en;
};

inline constexpr Labels kLabels{
    .source = "来源：",
    .abstract = "摘要：",
    .keywords = "关键词：",
    .keyword_separator = "；",
    .editor_before = "（责编：",
    .editor_after = "）",
    .related_heading = "相关阅读",
    .notes_title = "学习笔记",
    .contents_title = "目  录",
    .contents_bookmark = "目录",
    .editor_note = "编者按：",
    .page_of_pages = "第 {page} 页 共 {pages} 页",
    .abstract_en = "Abstract: ",
    .keywords_en = "Key words: ",
    .keyword_separator_en = "; ",
};

}  // namespace paiban::model
