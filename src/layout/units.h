#pragma once
// The units Chinese designers write in layout files: lengths with a unit
// (mm, cm, in, pt, em), type sizes as points or 字号 names, page formats as
// ISO names or 开本. Each parser returns nothing and says why on bad input;
// the XML reader adds file, line and element to that reason.
#include <optional>
#include <string>
#include <string_view>

namespace paiban::layout::units {

inline constexpr double kPointsPerMm = 72.0 / 25.4;

struct Paper {
  double width_mm = 0, height_mm = 0;  // portrait
};

// A finite decimal number ("10.5", "-3", "2e1" is refused), nothing more.
std::optional<double> parse_number(std::string_view s);

// "12pt" "3mm" "0.5cm" "1in" "2em" (em = em_pt points; em refused when em_pt <= 0)
// and a bare "0". Sets *why on failure.
std::optional<double> parse_length(std::string_view s, double em_pt, std::string* why);

// "10.5", "10.5pt" or a 字号 name (五号 -> 10.5, 小四 -> 12).
std::optional<double> parse_font_size(std::string_view s, std::string* why);

// 字号 name -> points.
std::optional<double> font_size_by_name(std::string_view name);

// "A4" "A5" "B5" "正度16开" "大度32开" ... (case-insensitive for Latin names).
std::optional<Paper> paper_by_name(std::string_view name);

// yes/no/true/false/1/0.
std::optional<bool> parse_bool(std::string_view s);

}  // namespace paiban::layout::units
