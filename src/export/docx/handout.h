#pragma once
// The article as the paragraphs of a study handout: which named style each
// piece of text gets, footnotes matched to their references, the running
// header and footer. Plain values; the part writers turn them into XML.
#include <string>
#include <vector>

#include "layout/layout_spec.h"
#include "model/article.h"

namespace paiban::export_docx {

// Style ids used in document.xml; styles.xml defines each of them.
namespace style_id {
inline constexpr const char* title = "Title";
inline constexpr const char* subtitle = "Subtitle";
inline constexpr const char* source_line = "SourceLine";
inline constexpr const char* byline = "Byline";
inline constexpr const char* affiliation = "Affiliation";
inline constexpr const char* abstract = "Abstract";
inline constexpr const char* keywords = "Keywords";
inline constexpr const char* lead = "Lead";
inline constexpr const char* heading1 = "Heading1";
inline constexpr const char* heading2 = "Heading2";
inline constexpr const char* body = "BodyText";
inline constexpr const char* point = "Point";
inline constexpr const char* footnote = "FootnoteText";
inline constexpr const char* editor = "EditorNote";
inline constexpr const char* related_heading = "RelatedHeading";
inline constexpr const char* related = "Related";
inline constexpr const char* notes_heading = "NotesHeading";
inline constexpr const char* notes_line = "NotesLine";
inline constexpr const char* header = "Header";
inline constexpr const char* footer = "Footer";
// character styles
inline constexpr const char* point_lead = "PointLead";
inline constexpr const char* label = "Label";
inline constexpr const char* footnote_ref = "FootnoteReference";
inline constexpr const char* author_mark = "AuthorMark";
}  // namespace style_id

enum class FieldCode { none, page, num_pages };

struct DocRun {
  std::string text;
  std::string char_style;  // character style id; empty: the paragraph's own
  int footnote_id = 0;     // > 0: reference to that footnote, `text` is its printed mark
  FieldCode field = FieldCode::none;  // a field; `text` is its cached result
};

struct DocParagraph {
  std::string style;
  std::vector<DocRun> runs;
};

struct DocFootnote {
  int id = 0;                // 1, 2, ... (0 and -1 are the separators)
  std::vector<DocRun> runs;  // the mark first, then the note's text
};

struct Handout {
  std::vector<DocParagraph> body;
  std::vector<DocFootnote> footnotes;
  DocParagraph header;
  DocParagraph footer;
};

Handout compose_handout(const model::Article& article, const layout::LayoutSpec& layout);

// A running-text template with {journal} {issue} {title} {page} {pages}:
// the page fields become field runs.
std::vector<DocRun> expand_running_template(const std::string& templ, const model::Article& article);

}  // namespace paiban::export_docx
