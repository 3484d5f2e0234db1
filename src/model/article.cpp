#include "model/article.h"

namespace paiban::model {

std::string Block::text() const {
  std::string out;
  for (const Run& r : runs) out += r.text;
  return out;
}

const char* to_string(Severity s) {
  switch (s) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "warning";
}

const char* to_string(BlockType t) {
  switch (t) {
    case BlockType::heading: return "heading";
    case BlockType::paragraph: return "paragraph";
    case BlockType::point: return "point";
    case BlockType::footnote: return "footnote";
  }
  return "paragraph";
}

}  // namespace paiban::model
