#include "text/font_manifest.h"

#include <tinyxml2.h>

#include <fstream>
#include <set>
#include <sstream>

#include "model/error.h"

namespace paiban::text {
namespace {

[[noreturn]] void fail(const std::string& source, int line, const std::string& what) {
  throw Error(ExitCode::data, source + ":" + std::to_string(line) + ": " + what);
}

RoleFamilies read_role(const tinyxml2::XMLElement& el, const std::string& source) {
  RoleFamilies role;
  const char* name = el.Attribute("name");
  if (!name || !*name) fail(source, el.GetLineNum(), "<role> needs a name attribute");
  role.role = name;
  const char* latin = el.Attribute("latin");
  role.latin_role = latin ? latin : "latin";
  for (const auto* fam = el.FirstChildElement(); fam; fam = fam->NextSiblingElement()) {
    if (std::string(fam->Name()) != "family")
      fail(source, fam->GetLineNum(), "unknown element <" + std::string(fam->Name()) + "> in <role>");
    const char* text = fam->GetText();
    if (!text || !*text) fail(source, fam->GetLineNum(), "empty <family>");
    const char* package = fam->Attribute("package");
    role.families.emplace_back(text);
    role.packages.emplace_back(package ? package : "");
  }
  if (role.families.empty()) fail(source, el.GetLineNum(), "role '" + role.role + "' names no family");
  role.debian_package = role.packages.front();
  return role;
}

}  // namespace

std::vector<RoleFamilies> parse_font_manifest(const std::string& xml, const std::string& source) {
  tinyxml2::XMLDocument doc;
  if (doc.Parse(xml.data(), xml.size()) != tinyxml2::XML_SUCCESS)
    fail(source, doc.ErrorLineNum(), std::string("malformed XML: ") + doc.ErrorStr());
  const auto* root = doc.RootElement();
  if (!root || std::string(root->Name()) != "font-roles")
    fail(source, root ? root->GetLineNum() : 1, "root element must be <font-roles>");
  std::vector<RoleFamilies> roles;
  std::set<std::string> seen;
  for (const auto* el = root->FirstChildElement(); el; el = el->NextSiblingElement()) {
    if (std::string(el->Name()) != "role")
      fail(source, el->GetLineNum(), "unknown element <" + std::string(el->Name()) + ">");
    RoleFamilies role = read_role(*el, source);
    if (!seen.insert(role.role).second) fail(source, el->GetLineNum(), "role '" + role.role + "' given twice");
    roles.push_back(std::move(role));
  }
  for (const auto& r : roles)
    if (!seen.count(r.latin_role))
      fail(source, root->GetLineNum(), "role '" + r.role + "' names unknown latin role '" + r.latin_role + "'");
  for (const char* required : {"body", "symbol"})
    if (!seen.count(required)) fail(source, root->GetLineNum(), std::string("missing role '") + required + "'");
  return roles;
}

std::vector<RoleFamilies> read_font_manifest(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ExitCode::no_input, path + ": cannot read the font manifest");
  std::stringstream ss;
  ss << in.rdbuf();
  return parse_font_manifest(ss.str(), path);
}

}  // namespace paiban::text
