#include "layout/issue/merge.h"

#include "model/error.h"

namespace paiban::layout::issue {

std::vector<text::FaceId> merge_faces(std::vector<text::FaceInfo>& into,
                                      const std::vector<text::FaceInfo>& from) {
  std::vector<text::FaceId> map;
  map.reserve(from.size());
  for (const text::FaceInfo& face : from) {
    text::FaceId id = static_cast<text::FaceId>(into.size());
    for (std::size_t i = 0; i < into.size(); ++i)
      if (into[i].path == face.path && into[i].index == face.index) id = static_cast<text::FaceId>(i);
    if (id == static_cast<text::FaceId>(into.size())) into.push_back(face);
    map.push_back(id);
  }
  return map;
}

void remap_faces(Page& page, const std::vector<text::FaceId>& map) {
  for (PageRun& run : page.runs) {
    if (run.glyphs.face < 0 || static_cast<std::size_t>(run.glyphs.face) >= map.size())
      throw Error(ExitCode::internal, "issue: a page run names face " + std::to_string(run.glyphs.face) +
                                          " that its document does not have");
    run.glyphs.face = map[static_cast<std::size_t>(run.glyphs.face)];
  }
}

}  // namespace paiban::layout::issue
