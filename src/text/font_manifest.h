#pragma once
// Reading the font-role manifest (fonts/roles.xml): for each role the font
// families to try in order and the Debian package providing each.
#include <string>
#include <vector>

#include "text/font_catalog.h"

namespace paiban::text {

// Throws Error(no_input) if the file cannot be read, Error(data) naming the
// file and line for malformed content.
std::vector<RoleFamilies> read_font_manifest(const std::string& path);
std::vector<RoleFamilies> parse_font_manifest(const std::string& xml, const std::string& source_name);

}  // namespace paiban::text
