#pragma once
// Simplified or Traditional Chinese, by counting characters that exist in
// only one of the two scripts.
#include <string>

#include "model/article.h"

namespace paiban::parse {

// `zh-Hant` when traditional-only characters clearly outnumber
// simplified-only ones; stray traditional characters keep `zh-Hans`.
std::string detect_language(const model::Article& a);

}  // namespace paiban::parse
