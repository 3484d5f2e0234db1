#pragma once
// The cover page: journal name, issue and date, the cover image's place, and
// the section headlines (each section with its first articles).
#include <string>
#include <vector>

#include "layout/display_list.h"
#include "layout/issue/issue.h"
#include "layout/layout_spec.h"
#include "text/font_catalog.h"

namespace paiban::layout::issue {

Page cover_page(const Issue& issue, const LayoutSpec& spec, const text::FontCatalog& fonts);

}  // namespace paiban::layout::issue
