#pragma once
// The <page> element of a layout file: trim size, margins or character grid,
// bleed, columns. Reads the paragraph style for em lengths and grid sizes.
#include "layout/layout_spec.h"
#include "layout/xml_element.h"

namespace paiban::layout {

void read_page(XmlElement& el, LayoutSpec& spec);

}  // namespace paiban::layout
