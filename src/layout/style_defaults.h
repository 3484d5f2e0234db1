#pragma once
// The style every block kind has before a layout file says otherwise, so that
// a layout only needs to state what differs. Sizes assume a 五号 body.
#include <string>

#include "layout/layout_spec.h"

namespace paiban::layout {

// Leading as a multiple of the size, used when a style gives no leading.
double default_leading_factor(const std::string& kind);

// The built-in style of a kind (one of block_kinds()), leading resolved.
BlockStyle default_style(const std::string& kind);

// The style running heads and folios start from.
BlockStyle default_running_style();

}  // namespace paiban::layout
