// The driver: model -> handout paragraphs -> XML parts -> package bytes.
#include <cstdio>
#include <ctime>

#include "export/docx/docx.h"
#include "export/docx/fonts.h"
#include "export/docx/parts.h"
#include "export/docx/styles_part.h"
#include "export/docx/zip_buffer.h"

namespace paiban::export_docx {

namespace {

constexpr const char* kWordMl = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
constexpr const char* kRelsType = "application/vnd.openxmlformats-package.relationships+xml";

// The article's own publication time, so that documents of the same article
// agree without an environment; 2000-01-01 when it has no date.
std::int64_t article_timestamp(const model::Article& article) {
  std::tm tm{};
  int year = 0, month = 0, day = 0, hour = 0, minute = 0;
  if (std::sscanf(article.date.c_str(), "%4d-%2d-%2d", &year, &month, &day) != 3 || year < 1970)
    return 946684800;
  std::sscanf(article.time.c_str(), "%2d:%2d", &hour, &minute);
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  return static_cast<std::int64_t>(timegm(&tm));
}

std::vector<Part> build_parts(const model::Article& article, const layout::LayoutSpec& layout,
                              const DocxOptions& options) {
  Handout handout = compose_handout(article, layout);
  bool notes = !handout.footnotes.empty();
  FontChoice fonts(layout, options.role_families, article.language);
  StylesPart styles = styles_part(layout, fonts, article.language);
  std::int64_t when = options.timestamp ? *options.timestamp : article_timestamp(article);

  std::string w = kWordMl;
  std::vector<Part> parts;
  parts.push_back({"_rels/.rels", kRelsType, package_relationships_part()});
  parts.push_back({"word/document.xml", w + "document.main+xml", document_part(handout, layout)});
  parts.push_back({"word/_rels/document.xml.rels", kRelsType, document_relationships_part(notes)});
  parts.push_back({"word/styles.xml", w + "styles+xml", std::move(styles.xml)});
  parts.push_back({"word/settings.xml", w + "settings+xml", settings_part(notes, article.language)});
  parts.push_back({"word/fontTable.xml", w + "fontTable+xml",
                   font_table_part(styles.families, article.language)});
  parts.push_back({"word/header1.xml", w + "header+xml", header_part(handout.header)});
  parts.push_back({"word/footer1.xml", w + "footer+xml", footer_part(handout.footer)});
  if (notes)
    parts.push_back({"word/footnotes.xml", w + "footnotes+xml", footnotes_part(handout.footnotes)});
  parts.push_back({"docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
                   core_properties_part(article, when)});
  parts.push_back({"docProps/app.xml",
                   "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                   app_properties_part(options.application)});
  return parts;
}

}  // namespace

std::string write_docx(const model::Article& article, const layout::LayoutSpec& layout,
                       const DocxOptions& options) {
  std::vector<Part> parts = build_parts(article, layout, options);
  ZipBuffer zip;
  zip.add("[Content_Types].xml", to_bytes(*content_types_part(parts)));
  for (const Part& part : parts) zip.add(part.name, to_bytes(*part.xml));
  return zip.finish();
}

// Flat OPC (the format of Word's "Word XML Document"): every part inline in
// one pkg:package, content types on the parts themselves.
std::string write_flat_xml(const model::Article& article, const layout::LayoutSpec& layout,
                           const DocxOptions& options) {
  std::vector<Part> parts = build_parts(article, layout, options);
  tinyxml2::XMLDocument doc;
  doc.InsertEndChild(doc.NewDeclaration(R"(xml version="1.0" encoding="UTF-8" standalone="yes")"));
  doc.InsertEndChild(doc.NewDeclaration(R"(mso-application progid="Word.Document")"));
  tinyxml2::XMLElement* package = doc.NewElement("pkg:package");
  package->SetAttribute("xmlns:pkg", "http://schemas.microsoft.com/office/2006/xmlPackage");
  doc.InsertEndChild(package);
  for (const Part& part : parts) {
    tinyxml2::XMLElement* p = package->InsertNewChildElement("pkg:part");
    p->SetAttribute("pkg:name", ("/" + part.name).c_str());
    p->SetAttribute("pkg:contentType", part.content_type.c_str());
    if (part.content_type == kRelsType) p->SetAttribute("pkg:padding", "256");
    p->InsertNewChildElement("pkg:xmlData")->InsertEndChild(part.xml->RootElement()->DeepClone(&doc));
  }
  return to_bytes(doc);
}

}  // namespace paiban::export_docx
