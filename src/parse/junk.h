#pragma once
// Lines that are not part of the article: site menus and SEO spam around a
// scraped page, copyright footers. Only asked about lines outside the body
// (before the title, after the editor note); inside the body nothing is junk.
#include <string_view>

namespace paiban::parse {

bool is_junk_line(std::string_view line);
bool is_copyright_line(std::string_view line);
// Library metadata of journal databases (`中图分类号:`, `DOI:`): not article text.
bool is_catalogue_line(std::string_view line);

}  // namespace paiban::parse
