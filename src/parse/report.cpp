#include "parse/report.h"

namespace paiban::parse {

void report(model::Article& a, int line, model::Severity severity, std::string message) {
  a.diagnostics.push_back({line, severity, std::move(message)});
}

void report_dropped_lines(model::Article& a, const std::vector<Line>& lines, std::size_t first, std::size_t last,
                          model::Severity severity, std::string message) {
  model::Diagnostic d{lines[first].number, severity, std::move(message)};
  if (last > first) d.end_line = lines[last].number;
  for (std::size_t i = first; i <= last; ++i) {
    if (i > first) d.omitted += '\n';
    d.omitted += lines[i].text;
  }
  a.diagnostics.push_back(std::move(d));
}

void report_dropped_text(model::Article& a, int line, std::string_view text, model::Severity severity,
                         std::string message) {
  model::Diagnostic d{line, severity, std::move(message)};
  d.omitted = std::string(text);
  a.diagnostics.push_back(std::move(d));
}

}  // namespace paiban::parse
