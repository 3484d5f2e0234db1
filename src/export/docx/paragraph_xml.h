#pragma once
// Handout paragraphs and runs as w:p / w:r elements (document, footnotes,
// header and footer share them).
#include <tinyxml2.h>

#include "export/docx/handout.h"

namespace paiban::export_docx {

void append_paragraph(tinyxml2::XMLElement* parent, const DocParagraph& paragraph);
void append_run(tinyxml2::XMLElement* paragraph, const DocRun& run);

}  // namespace paiban::export_docx
