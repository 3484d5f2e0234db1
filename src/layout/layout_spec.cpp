#include "layout/layout_spec.h"

#include "model/error.h"

namespace paiban::layout {

const BlockStyle& LayoutSpec::style(const std::string& kind) const {
  auto it = styles.find(kind);
  if (it == styles.end())
    throw Error(ExitCode::data, source_path + ": layout has no style for '" + kind + "'");
  return it->second;
}

}  // namespace paiban::layout
