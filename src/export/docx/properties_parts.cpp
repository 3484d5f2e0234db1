// docProps/core.xml and docProps/app.xml.
#include <ctime>

#include "export/docx/parts.h"
#include "export/docx/styles_part.h"

namespace paiban::export_docx {

namespace {

std::string joined(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

std::string creators(const model::Article& article) {
  std::vector<std::string> names;
  for (const model::Author& a : article.authors) names.push_back(a.name);
  return joined(names, "；");
}

}  // namespace

std::string w3c_datetime(std::int64_t seconds) {
  std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  if (!gmtime_r(&t, &tm)) return "2000-01-01T00:00:00Z";
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

XmlDoc core_properties_part(const model::Article& article, std::int64_t timestamp) {
  XmlDoc doc = new_part(
      "cp:coreProperties",
      {{"xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
       {"xmlns:dc", "http://purl.org/dc/elements/1.1/"},
       {"xmlns:dcterms", "http://purl.org/dc/terms/"},
       {"xmlns:dcmitype", "http://purl.org/dc/dcmitype/"},
       {"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"}});
  tinyxml2::XMLElement* props = root(doc);
  text_child(props, "dc:title", article.title);
  std::string subject = article.journal;
  if (!article.issue.empty()) subject += (subject.empty() ? "" : " ") + article.issue;
  if (!subject.empty()) text_child(props, "dc:subject", subject);
  std::string authors = creators(article);
  if (!authors.empty()) text_child(props, "dc:creator", authors);
  std::string keywords = joined(article.keywords, "；");
  if (!keywords.empty()) text_child(props, "cp:keywords", keywords);
  text_child(props, "dc:language", east_asian_lang(article.language));
  std::string when = w3c_datetime(timestamp);
  for (const char* name : {"dcterms:created", "dcterms:modified"})
    text_child(props, name, when)->SetAttribute("xsi:type", "dcterms:W3CDTF");
  return doc;
}

XmlDoc app_properties_part(const std::string& application) {
  XmlDoc doc = new_part(
      "Properties",
      {{"xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"},
       {"xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"}});
  text_child(root(doc), "Application", application);
  text_child(root(doc), "DocSecurity", "0");
  text_child(root(doc), "ScaleCrop", "false");
  text_child(root(doc), "LinksUpToDate", "false");
  text_child(root(doc), "SharedDoc", "false");
  text_child(root(doc), "HyperlinksChanged", "false");
  return doc;
}

}  // namespace paiban::export_docx
