#pragma once
// Editable study handouts: the article model as a WordprocessingML document,
// either a .docx package (zip) or one Flat OPC XML file (`pkg:package`, Word's
// "Word XML Document"; Word opens it directly, LibreOffice 7.4 has no import
// for it and needs the .docx). Page size, margins, fonts and paragraph
// styles come from the same layout definition as the PDF; the PDF layout
// engine itself is not involved. Both functions return the file's bytes and
// write nothing; the same inputs always give the same bytes.
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "layout/layout_spec.h"
#include "model/article.h"

namespace paiban::export_docx {

struct DocxOptions {
  // Seconds since 1970 for dcterms:created/modified (the CLI passes
  // SOURCE_DATE_EPOCH). Unset: the article's own date (and time) when it has
  // one, else 2000-01-01T00:00:00Z; never the clock, so output is repeatable.
  std::optional<std::int64_t> timestamp;
  std::string application = "paiban";  // docProps/app.xml <Application>
  // Font role -> family installed here (e.g. from the font catalog), used for
  // roles the layout names no family for; built-in defaults otherwise.
  std::map<std::string, std::string> role_families;
};

// Throws paiban::Error(internal) if the package cannot be assembled.
std::string write_docx(const model::Article& article, const layout::LayoutSpec& layout,
                       const DocxOptions& options = {});
std::string write_flat_xml(const model::Article& article, const layout::LayoutSpec& layout,
                           const DocxOptions& options = {});

}  // namespace paiban::export_docx
