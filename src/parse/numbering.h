#pragma once
// Numbering checks: a series of points or headings that skips a number
// (`一是, 二是, 三是, 五是`) is reported, never "fixed" (format.md, body).
#include "model/article.h"

namespace paiban::parse {

void check_numbering(model::Article& a);

}  // namespace paiban::parse
