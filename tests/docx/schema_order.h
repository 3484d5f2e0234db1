#pragma once
// The child order ECMA-376 Part 1 (transitional schema, wml.xsd) requires
// for the WordprocessingML elements the writer emits, written out here
// independently of the writer so that a mistake on either side shows.
#include <string>
#include <vector>

#include <tinyxml2.h>

namespace docx_test {

// Problems under `root`: a child out of sequence, or a child the sequence of
// its parent does not contain. Empty when the part is in schema order.
std::vector<std::string> schema_order_problems(const tinyxml2::XMLElement* root);

// How many elements of the checked kinds were seen (so that a test knows the
// checker did look at something).
int checked_element_count(const tinyxml2::XMLElement* root);

}  // namespace docx_test
