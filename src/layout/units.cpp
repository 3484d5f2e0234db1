#include "layout/units.h"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <utility>

namespace paiban::layout::units {

namespace {

// 字号 (typography.md, "Sizes by 字号").
constexpr std::array<std::pair<std::string_view, double>, 16> kFontSizeNames{{
    {"初号", 42}, {"小初", 36}, {"一号", 26}, {"小一", 24}, {"二号", 22}, {"小二", 18},
    {"三号", 16}, {"小三", 15}, {"四号", 14}, {"小四", 12}, {"五号", 10.5}, {"小五", 9},
    {"六号", 7.5}, {"小六", 6.5}, {"七号", 5.5}, {"八号", 5},
}};

// ISO 216 sizes and the mainland 开本 (GB/T 788 trimmed sizes).
constexpr std::array<std::pair<std::string_view, Paper>, 16> kPapers{{
    {"A3", {297, 420}}, {"A4", {210, 297}}, {"A5", {148, 210}}, {"A6", {105, 148}},
    {"B4", {250, 353}}, {"B5", {176, 250}}, {"B6", {125, 176}},
    {"正度8开", {260, 370}}, {"大度8开", {285, 420}},
    {"正度16开", {185, 260}}, {"大度16开", {210, 285}},
    {"正度32开", {130, 184}}, {"大度32开", {140, 203}},
    {"正度64开", {92, 126}}, {"大度64开", {101, 137}},
    {"Letter", {215.9, 279.4}},
}};

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<double> parse_number(std::string_view s) {
  s = trim(s);
  if (s.empty()) return std::nullopt;
  // Plain decimals only: from_chars would also take "inf", "nan" and exponents.
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '+') return std::nullopt;
  if (s.front() == '+') s.remove_prefix(1);
  double value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::optional<double> parse_length(std::string_view s, double em_pt, std::string* why) {
  s = trim(s);
  struct Unit {
    std::string_view suffix;
    double points;
  };
  const std::array<Unit, 5> units{{{"mm", kPointsPerMm}, {"cm", 10 * kPointsPerMm}, {"in", 72.0},
                                   {"pt", 1.0}, {"em", em_pt}}};
  for (const Unit& u : units) {
    if (s.size() <= u.suffix.size() || s.substr(s.size() - u.suffix.size()) != u.suffix) continue;
    if (u.suffix == "em" && em_pt <= 0) {
      if (why) *why = "em is not allowed here (use mm or pt)";
      return std::nullopt;
    }
    auto number = parse_number(s.substr(0, s.size() - u.suffix.size()));
    if (!number) {
      if (why) *why = "not a number";
      return std::nullopt;
    }
    return *number * u.points;
  }
  if (auto number = parse_number(s); number && *number == 0) return 0.0;
  if (why) *why = parse_number(s) ? "a length needs a unit (mm, cm, in, pt, em)" : "not a length";
  return std::nullopt;
}

std::optional<double> font_size_by_name(std::string_view name) {
  name = trim(name);
  for (const auto& [n, pt] : kFontSizeNames)
    if (n == name) return pt;
  return std::nullopt;
}

std::optional<double> parse_font_size(std::string_view s, std::string* why) {
  if (auto named = font_size_by_name(s)) return named;
  s = trim(s);
  if (s.size() > 2 && s.substr(s.size() - 2) == "pt") s.remove_suffix(2);
  if (auto number = parse_number(s)) return number;
  if (why) *why = "not a size (points such as 10.5 or a 字号 name such as 五号, 小四)";
  return std::nullopt;
}

std::optional<Paper> paper_by_name(std::string_view name) {
  name = trim(name);
  for (const auto& [n, paper] : kPapers)
    if (iequals(n, name)) return paper;
  return std::nullopt;
}

std::optional<bool> parse_bool(std::string_view s) {
  s = trim(s);
  if (s == "yes" || s == "true" || s == "1") return true;
  if (s == "no" || s == "false" || s == "0") return false;
  return std::nullopt;
}

}  // namespace paiban::layout::units
