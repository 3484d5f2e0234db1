// layouts/*.xml -> LayoutSpec. The format is documented in docs/layouts.md;
// every rule here has a test in tests/layout/test_layout_loader.cpp.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <tinyxml2.h>

#include "layout/layout_spec.h"
#include "layout/page_xml.h"
#include "layout/style_defaults.h"
#include "layout/units.h"
#include "layout/xml_element.h"
#include "model/error.h"

namespace paiban::layout {

namespace {

constexpr double mm = units::kPointsPerMm;
constexpr std::size_t kMaxLayoutBytes = 1u << 20;

const std::vector<std::string> kBuiltinRoles{"body", "heading", "kai", "latin", "symbol"};

bool valid_role_name(const std::string& s) {
  if (s.empty() || s.size() > 32 || !std::islower(static_cast<unsigned char>(s[0]))) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '_';
  });
}

std::vector<std::string> split_families(const std::string& list) {
  std::vector<std::string> out;
  std::stringstream in(list);
  std::string item;
  while (std::getline(in, item, ',')) {
    auto b = item.find_first_not_of(" \t\n");
    auto e = item.find_last_not_of(" \t\n");
    out.push_back(b == std::string::npos ? std::string() : item.substr(b, e - b + 1));
  }
  return out;
}

void read_fonts(XmlElement& el, LayoutSpec& spec) {
  el.finish();
  for (XmlElement& role : el.children()) {
    if (std::string(role.name()) != "role") role.fail("unknown element (expected <role>)");
    std::string name = role.required_text("name");
    if (!valid_role_name(name)) role.fail_attribute("name", "a role name is lower-case letters, digits, - or _");
    if (spec.font_families.count(name)) role.fail("role '" + name + "' given twice");
    std::vector<std::string> families = split_families(role.required_text("families"));
    for (const std::string& f : families)
      if (f.empty()) role.fail_attribute("families", "empty family name in the list");
    if (auto stand_in = role.text("stands-in-for"); stand_in && !stand_in->empty())
      spec.warnings.push_back(spec.source_path + ": layout sets " + families.front() + " in place of " +
                              *stand_in + " (no free " + *stand_in + " face on this system)");
    role.finish();
    if (!role.children().empty()) role.fail("unexpected child element");
    spec.font_families[name] = std::move(families);
  }
}

bool known_role(const LayoutSpec& spec, const std::string& role) {
  return std::find(kBuiltinRoles.begin(), kBuiltinRoles.end(), role) != kBuiltinRoles.end() ||
         spec.font_families.count(role);
}

// The attributes a block style and a running text share.
void read_style_attributes(XmlElement& el, const LayoutSpec& spec, BlockStyle& s, double leading_factor) {
  if (auto role = el.text("font")) {
    if (!known_role(spec, *role)) el.fail_attribute("font", "unknown font role (define it in <fonts>)");
    s.font_role = *role;
  }
  bool size_given = false;
  if (auto size = el.font_size("size")) {
    s.size = *size;
    size_given = true;
  }
  if (el.has("leading")) {
    std::string value = *el.text("leading");
    if (auto factor = units::parse_number(value)) {
      if (*factor < 0.8 || *factor > 4) el.fail_attribute("leading", "a multiple of the size from 0.8 to 4");
      s.leading = *factor * s.size;
    } else {
      s.leading = *el.length("leading", s.size, 0.8 * s.size, 4 * s.size);
    }
  } else if (size_given) {
    s.leading = leading_factor * s.size;
  }
  if (auto bold = el.boolean("bold")) s.bold = *bold;
  if (auto gray = el.number("gray", 0, 1)) s.gray = static_cast<float>(*gray);
}

// Indents are kept in em of the style's own size; any length unit is accepted.
std::optional<double> read_indent(XmlElement& el, const char* attribute, const BlockStyle& s) {
  auto pt = el.length(attribute, s.size, 0, 20 * s.size);
  if (!pt) return std::nullopt;
  return *pt / s.size;
}

void read_style(XmlElement& el, LayoutSpec& spec, std::set<std::string>& seen) {
  std::string kind = el.required_text("kind");
  const auto& kinds = block_kinds();
  if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) el.fail_attribute("kind", "unknown block kind");
  if (!seen.insert(kind).second) el.fail("style '" + kind + "' given twice");
  BlockStyle& s = spec.styles[kind];
  read_style_attributes(el, spec, s, default_leading_factor(kind));
  if (auto align = el.choice("align", {"justify", "left", "center", "right"}))
    s.align = static_cast<text::Align>(*align);
  if (auto v = read_indent(el, "first-indent", s)) s.first_indent_em = *v;
  if (auto v = read_indent(el, "left-indent", s)) s.left_indent_em = *v;
  if (auto v = read_indent(el, "right-indent", s)) s.right_indent_em = *v;
  if (auto v = el.length("space-before", s.size, 0, 200)) s.space_before = *v;
  if (auto v = el.length("space-after", s.size, 0, 200)) s.space_after = *v;
  if (auto v = el.length("letter-spacing", s.size, 0, 2 * s.size)) s.letter_spacing_em = *v / s.size;
  if (auto keep = el.boolean("keep-with-next")) s.keep_with_next = *keep;
  el.finish();
  if (!el.children().empty()) el.fail("unexpected child element");
}

// Points are paragraphs: they follow the paragraph style; the run-in label
// keeps its own face.
void derive_point_styles(LayoutSpec& spec) {
  BlockStyle point = spec.styles.at("paragraph");
  spec.styles["point"] = point;
  point.font_role = default_style("point_runin").font_role;
  spec.styles["point_runin"] = point;
}

void read_styles(XmlElement& el, LayoutSpec& spec) {
  el.finish();
  std::set<std::string> seen;
  std::vector<XmlElement> children = el.children();
  for (XmlElement& child : children)
    if (std::string(child.name()) != "style") child.fail("unknown element (expected <style>)");
  // The paragraph style first: points follow it unless styled themselves.
  auto is_paragraph = [](XmlElement& c) { return c.text("kind").value_or("") == "paragraph"; };
  for (XmlElement& child : children)
    if (is_paragraph(child)) read_style(child, spec, seen);
  derive_point_styles(spec);
  for (XmlElement& child : children)
    if (!is_paragraph(child)) read_style(child, spec, seen);
}

void check_template(XmlElement& el, const char* attribute, const std::string& text) {
  static const std::vector<std::string> fields{"journal", "issue", "title", "page", "pages"};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '}') el.fail_attribute(attribute, "unmatched }");
    if (text[i] != '{') continue;
    std::size_t close = text.find('}', i);
    if (close == std::string::npos) el.fail_attribute(attribute, "unmatched {");
    std::string field = text.substr(i + 1, close - i - 1);
    if (std::find(fields.begin(), fields.end(), field) == fields.end())
      el.fail_attribute(attribute, "unknown field {" + field + "} (fields: {journal} {issue} {title} {page} {pages})");
    i = close;
  }
}

void read_running(XmlElement& el, const LayoutSpec& spec, RunningText& r) {
  r.enabled = el.boolean("enabled").value_or(true);
  r.style = default_running_style();
  read_style_attributes(el, spec, r.style, 1.2);
  r.left_page = el.text("left").value_or("");
  r.right_page = el.text("right").value_or(r.left_page);
  check_template(el, "left", r.left_page);
  check_template(el, "right", r.right_page);
  if (auto v = el.length("offset", r.style.size, 0, 50 * mm)) r.offset = *v;
  if (auto p = el.choice("position", {"outer", "center", "inner"})) r.position = static_cast<RunningPosition>(*p);
  if (auto first = el.boolean("first-page")) r.on_first_page = *first;
  if (auto v = el.length("rule", 0, 0, 5)) r.rule = *v;
  el.finish();
  if (!el.children().empty()) el.fail("unexpected child element");
}

void read_footnotes(XmlElement& el, LayoutSpec& spec) {
  if (auto p = el.choice("placement", {"page-foot", "article-end"})) spec.footnotes = static_cast<FootnotePlacement>(*p);
  el.finish();
  if (!el.children().empty()) el.fail("unexpected child element");
}

void read_handout(XmlElement& el, LayoutSpec& spec) {
  HandoutExtras& h = spec.handout;
  if (auto v = el.boolean("source-line")) h.source_line = *v;
  if (auto v = el.integer("notes-lines", 0, 100)) h.notes_lines = *v;
  if (auto v = el.length("notes-spacing", 0, 4 * mm, 30 * mm)) h.notes_spacing = *v;
  if (auto v = el.text("notes-title")) h.notes_title = *v;
  el.finish();
  if (!el.children().empty()) el.fail("unexpected child element");
}

}  // namespace

namespace {

std::string stem_of(const std::string& path) { return std::filesystem::path(path).stem().string(); }

const tinyxml2::XMLElement& parse_document(tinyxml2::XMLDocument& doc, const std::string& xml,
                                           const std::string& source_name) {
  if (xml.size() > kMaxLayoutBytes)
    throw Error(ExitCode::data, source_name + ": layout file larger than 1 MiB");
  if (doc.Parse(xml.data(), xml.size()) != tinyxml2::XML_SUCCESS) {
    std::string why = doc.ErrorID() == tinyxml2::XML_ELEMENT_DEPTH_EXCEEDED ? "elements nested too deeply"
                                                                             : doc.ErrorName();
    throw Error(ExitCode::data, source_name + ":" + std::to_string(doc.ErrorLineNum()) + ": not a layout file: " + why);
  }
  const tinyxml2::XMLElement* root = doc.RootElement();
  if (!root) throw Error(ExitCode::data, source_name + ": not a layout file: no root element");
  if (std::string(root->Name()) != "layout")
    throw Error(ExitCode::data, source_name + ":" + std::to_string(root->GetLineNum()) + ": <" + root->Name() +
                                    ">: not a layout file (the root element must be <layout>)");
  return *root;
}

}  // namespace

LayoutSpec parse_layout_xml(const std::string& xml, const std::string& source_name) {
  tinyxml2::XMLDocument doc;
  XmlElement root(parse_document(doc, xml, source_name), source_name);

  LayoutSpec spec;
  spec.source_path = source_name;
  for (const std::string& kind : block_kinds()) spec.styles[kind] = default_style(kind);
  spec.name = root.text("name").value_or(stem_of(source_name));
  spec.description = root.text("description").value_or("");
  if (auto version = root.text("version"); version && *version != "1")
    root.fail_attribute("version", "this paiban reads layout format version 1");
  root.finish();

  std::map<std::string, XmlElement> sections;
  static const std::vector<std::string> kSections{"page", "fonts", "styles", "header", "folio", "footnotes", "handout"};
  for (XmlElement& child : root.children()) {
    std::string name = child.name();
    if (std::find(kSections.begin(), kSections.end(), name) == kSections.end())
      child.fail("unknown element (expected one of page, fonts, styles, header, folio, footnotes, handout)");
    if (sections.count(name)) child.fail("element given twice");
    sections.emplace(name, child);
  }
  // Order matters: styles name font roles, the page's em lengths use the body size.
  if (auto it = sections.find("fonts"); it != sections.end()) read_fonts(it->second, spec);
  if (auto it = sections.find("styles"); it != sections.end()) read_styles(it->second, spec);
  else derive_point_styles(spec);
  if (auto it = sections.find("page"); it != sections.end()) read_page(it->second, spec);
  else throw Error(ExitCode::data, source_name + ":" + std::to_string(root.line()) + ": <layout>: missing <page>");
  if (auto it = sections.find("header"); it != sections.end()) read_running(it->second, spec, spec.header);
  if (auto it = sections.find("folio"); it != sections.end()) read_running(it->second, spec, spec.folio);
  if (auto it = sections.find("footnotes"); it != sections.end()) read_footnotes(it->second, spec);
  if (auto it = sections.find("handout"); it != sections.end()) read_handout(it->second, spec);
  return spec;
}

std::vector<std::string> shipped_layouts() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(PAIBAN_LAYOUT_DIR, ec))
    if (entry.path().extension() == ".xml") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

LayoutSpec load_layout(const std::string& name_or_path) {
  bool is_path = name_or_path.find('/') != std::string::npos ||
                 (name_or_path.size() > 4 && name_or_path.substr(name_or_path.size() - 4) == ".xml");
  std::string path = is_path ? name_or_path : std::string(PAIBAN_LAYOUT_DIR) + "/" + name_or_path + ".xml";
  std::ifstream in(path, std::ios::binary);
  // A name is only listed against the shipped layouts when it is not one:
  // listing the folder on every render cost more than reading the file.
  if (!in && !is_path && !std::filesystem::exists(path)) {
    std::vector<std::string> names = shipped_layouts();
    std::string list;
    for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
    throw Error(ExitCode::usage, "unknown layout '" + name_or_path + "' (shipped layouts: " + list + ")");
  }
  if (!in) throw Error(ExitCode::no_input, path + ": cannot read layout file");
  std::string xml;
  char buf[65536];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    xml.append(buf, static_cast<std::size_t>(in.gcount()));
    if (xml.size() > kMaxLayoutBytes) break;
  }
  if (in.bad()) throw Error(ExitCode::no_input, path + ": cannot read layout file");
  return parse_layout_xml(xml, path);
}

}  // namespace paiban::layout
