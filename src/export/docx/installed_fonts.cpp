#include "export/docx/installed_fonts.h"

namespace paiban::export_docx {

std::map<std::string, std::string> installed_role_families(const text::FontCatalog& fonts) {
  std::map<std::string, std::string> families;
  for (const text::RoleFamilies& role : fonts.roles()) {
    if (!fonts.has_role(role.role)) continue;
    std::vector<text::FaceId> chain = fonts.chain(role.role, false);
    if (chain.empty()) continue;
    families[role.role] = fonts.face(chain.front()).family;
  }
  return families;
}

}  // namespace paiban::export_docx
