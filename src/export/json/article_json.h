#pragma once
// The article model as JSON with the stable keys documented in docs/model.md.
#include <string>

#include "model/article.h"

namespace paiban::export_json {

std::string to_json(const model::Article& article);  // pretty-printed, ends with a newline

}  // namespace paiban::export_json
