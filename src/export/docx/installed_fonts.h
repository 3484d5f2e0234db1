#pragma once
// The family each font role resolves to on this machine, for
// DocxOptions::role_families: the document then names faces that exist here
// (the font table still offers Windows substitutes).
#include <map>
#include <string>

#include "text/font_catalog.h"

namespace paiban::export_docx {

std::map<std::string, std::string> installed_role_families(const text::FontCatalog& fonts);

}  // namespace paiban::export_docx
