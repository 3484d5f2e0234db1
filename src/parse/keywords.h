#pragma once
// Keyword terms from the keyword text: split at separators, or, when the
// terms are glued (`组织部门考核干部`), at the split the article body supports.
#include <string>
#include <string_view>
#include <vector>

namespace paiban::parse {

std::vector<std::string> split_keywords(std::string_view raw, std::string_view body);

}  // namespace paiban::parse
