#include "export/json/article_json.h"

#include <nlohmann/json.hpp>

namespace paiban::export_json {

namespace {

using Json = nlohmann::ordered_json;  // keys in the documented order

Json text_or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json runs_json(const model::Block& b) {
  Json runs = Json::array();
  for (const model::Run& r : b.runs) {
    Json run = {{"text", r.text}};
    if (r.emphasis) run["emphasis"] = true;
    if (r.footnote_ref) run["footnote_ref"] = true;
    runs.push_back(std::move(run));
  }
  return runs;
}

Json block_json(const model::Block& b) {
  Json j = {{"type", model::to_string(b.type)}};
  if (b.type == model::BlockType::heading || b.level > 0) j["level"] = b.level;
  if (b.type == model::BlockType::point || b.type == model::BlockType::footnote) j["label"] = b.label;
  j["text"] = b.text();
  j["line"] = b.line;
  j["runs"] = runs_json(b);
  return j;
}

Json authors_json(const std::vector<model::Author>& authors) {
  Json out = Json::array();
  for (const model::Author& a : authors)
    out.push_back({{"name", a.name}, {"role", text_or_null(a.role)}, {"marks", a.marks}});
  return out;
}

Json diagnostics_json(const std::vector<model::Diagnostic>& diagnostics) {
  Json out = Json::array();
  for (const model::Diagnostic& d : diagnostics) {
    Json j = {{"line", d.line}, {"severity", model::to_string(d.severity)}, {"message", d.message}};
    if (d.end_line > 0) j["end_line"] = d.end_line;
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace

std::string to_json(const model::Article& a) {
  Json j;
  j["title"] = text_or_null(a.title);
  j["subtitle"] = text_or_null(a.subtitle);
  j["date"] = text_or_null(a.date);
  j["time"] = text_or_null(a.time);
  j["journal"] = text_or_null(a.journal);
  j["issue"] = text_or_null(a.issue);
  j["keywords"] = a.keywords;
  j["keywords_raw"] = text_or_null(a.keywords_raw);
  j["authors"] = authors_json(a.authors);
  j["affiliations"] = a.affiliations;
  j["abstract"] = text_or_null(a.abstract);
  j["abstract_en"] = text_or_null(a.abstract_en);
  j["keywords_en"] = a.keywords_en;
  j["lead"] = text_or_null(a.lead);
  j["blocks"] = Json::array();
  for (const model::Block& b : a.blocks) j["blocks"].push_back(block_json(b));
  j["editor"] = text_or_null(a.editor);
  j["related"] = a.related;
  j["language"] = a.language;
  j["diagnostics"] = diagnostics_json(a.diagnostics);
  // Invalid UTF-8 cannot reach here (the parser repairs it); `replace` keeps
  // a hand-built model from throwing anyway.
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace paiban::export_json
