#include "layout/issue/manifest.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string_view>

#include <tinyxml2.h>

#include "model/error.h"

namespace paiban::layout::issue {

namespace {

namespace fs = std::filesystem;

std::string where(const std::string& source, const tinyxml2::XMLElement& e) {
  return source + ":" + std::to_string(e.GetLineNum()) + ": <" + e.Name() + ">";
}

[[noreturn]] void fail(const std::string& source, const tinyxml2::XMLElement& e,
                       const std::string& what) {
  throw Error(ExitCode::data, where(source, e) + ": " + what);
}

// Unknown attributes are refused so that a typo never passes silently.
void check_attributes(const std::string& source, const tinyxml2::XMLElement& e,
                      std::initializer_list<std::string_view> allowed) {
  for (const tinyxml2::XMLAttribute* a = e.FirstAttribute(); a; a = a->Next())
    if (std::find(allowed.begin(), allowed.end(), std::string_view(a->Name())) == allowed.end())
      fail(source, e, std::string("unknown attribute '") + a->Name() + "'");
}

std::string attribute(const tinyxml2::XMLElement& e, const char* name) {
  const char* v = e.Attribute(name);
  return v ? v : "";
}

std::string required(const std::string& source, const tinyxml2::XMLElement& e,
                     const char* name) {
  std::string v = attribute(e, name);
  if (v.find_first_not_of(" \t\r\n") == std::string::npos)
    fail(source, e, std::string("needs a non-empty '") + name + "' attribute");
  return v;
}

std::string resolve(const std::string& base_dir, const std::string& path) {
  fs::path p(path);
  if (p.is_absolute() || base_dir.empty()) return p.lexically_normal().string();
  return (fs::path(base_dir) / p).lexically_normal().string();
}

// A layout value with a slash or an .xml ending is a file next to the manifest;
// anything else names a shipped layout (the same rule as load_layout).
std::string resolve_layout(const std::string& base_dir, const std::string& value) {
  bool is_path = value.find('/') != std::string::npos ||
                 (value.size() > 4 && value.compare(value.size() - 4, 4, ".xml") == 0);
  return is_path ? resolve(base_dir, value) : value;
}

bool is_cover_image_name(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".png" || ext == ".jpg" || ext == ".jpeg";
}

ArticleRef read_article(const std::string& source, const std::string& base_dir,
                        const tinyxml2::XMLElement& e) {
  check_attributes(source, e, {"src"});
  if (e.FirstChildElement()) fail(source, *e.FirstChildElement(), "not allowed inside <article>");
  std::string src = required(source, e, "src");
  return ArticleRef{resolve(base_dir, src), src, e.GetLineNum()};
}

SectionRef read_section(const std::string& source, const std::string& base_dir,
                        const tinyxml2::XMLElement& e) {
  check_attributes(source, e, {"name"});
  SectionRef section{required(source, e, "name"), {}};
  for (const tinyxml2::XMLElement* child = e.FirstChildElement(); child;
       child = child->NextSiblingElement()) {
    if (std::string_view(child->Name()) != "article")
      fail(source, *child, "unknown element inside <section> (expected <article>)");
    section.articles.push_back(read_article(source, base_dir, *child));
  }
  if (section.articles.empty()) fail(source, e, "section '" + section.name + "' has no articles");
  return section;
}

void read_cover(const std::string& source, const std::string& base_dir,
                const tinyxml2::XMLElement& e, Manifest& m) {
  check_attributes(source, e, {"image"});
  std::string image = required(source, e, "image");
  if (!is_cover_image_name(image)) fail(source, e, "cover image must be a .png, .jpg or .jpeg file");
  m.cover_image = resolve(base_dir, image);
}

// Loose articles next to each other share one unnamed section, so that the
// order of the manifest is the order of the issue.
void add_loose_article(Manifest& m, ArticleRef ref) {
  if (m.sections.empty() || !m.sections.back().name.empty()) m.sections.push_back({});
  m.sections.back().articles.push_back(std::move(ref));
}

void read_children(const std::string& source, const std::string& base_dir,
                   const tinyxml2::XMLElement& root, Manifest& m) {
  for (const tinyxml2::XMLElement* e = root.FirstChildElement(); e; e = e->NextSiblingElement()) {
    std::string_view name = e->Name();
    if (name == "section") {
      m.sections.push_back(read_section(source, base_dir, *e));
    } else if (name == "article") {
      add_loose_article(m, read_article(source, base_dir, *e));
    } else if (name == "editor-note") {
      check_attributes(source, *e, {});
      m.editor_note = e->GetText() ? e->GetText() : "";
    } else if (name == "cover") {
      read_cover(source, base_dir, *e, m);
    } else {
      fail(source, *e, "unknown element (expected section, article, editor-note or cover)");
    }
  }
}

// The picture's first bytes, not its name, say whether it is PNG or JPEG.
void check_cover_image(const std::string& manifest, const std::string& image) {
  std::ifstream in(image, std::ios::binary);
  if (!in) throw Error(ExitCode::no_input, manifest + ": cannot read the cover image " + image);
  unsigned char head[8] = {};
  in.read(reinterpret_cast<char*>(head), sizeof head);
  static const unsigned char png[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  bool is_png = in.gcount() == 8 && std::equal(head, head + 8, png);
  bool is_jpeg = in.gcount() >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF;
  if (!is_png && !is_jpeg)
    throw Error(ExitCode::data, manifest + ": the cover image " + image + " is neither PNG nor JPEG");
}

}  // namespace

std::size_t Manifest::article_count() const {
  std::size_t n = 0;
  for (const SectionRef& s : sections) n += s.articles.size();
  return n;
}

Manifest parse_manifest_xml(const std::string& xml, const std::string& source_path,
                            const std::string& base_dir) {
  tinyxml2::XMLDocument doc;
  if (doc.Parse(xml.data(), xml.size()) != tinyxml2::XML_SUCCESS)
    throw Error(ExitCode::data, source_path + ":" + std::to_string(doc.ErrorLineNum()) +
                                    ": not well-formed XML: " + doc.ErrorStr());
  const tinyxml2::XMLElement* root = doc.RootElement();
  if (!root || std::string_view(root->Name()) != "issue")
    throw Error(ExitCode::data, source_path + ": not an issue manifest (root element must be <issue>)");
  check_attributes(source_path, *root, {"journal", "number", "date", "layout"});

  Manifest m;
  m.source_path = source_path;
  m.journal = required(source_path, *root, "journal");
  m.number = required(source_path, *root, "number");
  m.date = attribute(*root, "date");
  if (std::string layout = attribute(*root, "layout"); !layout.empty())
    m.layout = resolve_layout(base_dir, layout);
  read_children(source_path, base_dir, *root, m);
  if (m.article_count() == 0) throw Error(ExitCode::data, source_path + ": the issue has no articles");
  return m;
}

Manifest read_manifest(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ExitCode::no_input, path + ": cannot read the issue manifest");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::string base = fs::path(path).parent_path().string();
  Manifest m = parse_manifest_xml(bytes.str(), path, base);
  if (!m.cover_image.empty()) check_cover_image(path, m.cover_image);
  return m;
}

}  // namespace paiban::layout::issue
