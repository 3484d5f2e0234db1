#pragma once
// Page labels as PDF number-tree ranges: consecutive decimal or roman labels
// share one range; any other label is a literal prefix of its own.
#include <string>
#include <vector>

namespace paiban::export_pdf {

struct LabelRange {
  int first_page = 0;  // 0-based
  char style = 0;      // 'D' decimal, 'r' lower roman, 'R' upper roman, 0 prefix only
  int start = 1;       // number of the first page of the range
  std::string prefix;
};

// An empty label counts as the page's 1-based position.
std::vector<LabelRange> label_ranges(const std::vector<std::string>& labels);

}  // namespace paiban::export_pdf
