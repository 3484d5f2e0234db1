#include "export/pdf/page_labels.h"

#include <cctype>

namespace paiban::export_pdf {

namespace {

std::string to_roman(int n, bool upper) {
  static const std::pair<int, const char*> digits[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                       {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
                                                       {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"},
                                                       {1, "i"}};
  std::string out;
  for (const auto& [value, text] : digits)
    for (; n >= value; n -= value) out += text;
  if (upper)
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// The number and style a label spells, or style 0.
std::pair<char, int> parse_label(const std::string& label) {
  if (!label.empty() && label.size() < 9 &&
      label.find_first_not_of("0123456789") == std::string::npos && label[0] != '0')
    return {'D', std::stoi(label)};
  for (bool upper : {false, true})
    for (int n = 1; n < 4000 && label.size() < 16; ++n)
      if (to_roman(n, upper) == label) return {upper ? 'R' : 'r', n};
  return {0, 0};
}

}  // namespace

std::vector<LabelRange> label_ranges(const std::vector<std::string>& labels) {
  std::vector<LabelRange> ranges;
  char style = 0;
  int next = 0;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    std::string label = labels[i].empty() ? std::to_string(i + 1) : labels[i];
    auto [s, n] = parse_label(label);
    if (s != 0 && s == style && n == next) {
      ++next;
      continue;
    }
    LabelRange r;
    r.first_page = static_cast<int>(i);
    r.style = s;
    r.start = n;
    if (s == 0) r.prefix = label;
    ranges.push_back(r);
    style = s;
    next = n + 1;
  }
  return ranges;
}

}  // namespace paiban::export_pdf
