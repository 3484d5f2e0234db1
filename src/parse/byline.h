#pragma once
// Bylines (`■中共天镇县委常委、组织部长 姜 荣`, `张天柱1,2*  李 明2`, `文/于君博`)
// and affiliation lines (`(兰州大学 马克思主义学院,甘肃 兰州 730000)`).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"

namespace paiban::parse {

// True when the line starts with a byline marker (■, ●, `文/`, `作者:`…).
bool has_byline_marker(std::string_view line);

// The authors of a byline line, or nullopt when the line does not read as
// one: every space-separated token must be a name (2–4 Han, or letter-spaced
// single characters), a role, or affiliation marks.
std::optional<std::vector<model::Author>> match_byline(std::string_view line);

// Text glued to a date line: a name (`于君博`) or a role without a name.
model::Author author_from_glued_text(std::string_view text);

// `(…)` lines under a byline; returns the affiliations (split at `;`).
std::optional<std::vector<std::string>> match_affiliations(std::string_view line);

}  // namespace paiban::parse
