#pragma once
// Moving the pages of separately laid-out articles into the issue's
// document. Each article's document numbers its faces on its own; the issue
// keeps one face list so that the PDF embeds one subset per face, shared by
// every article.
#include <vector>

#include "layout/display_list.h"

namespace paiban::layout::issue {

// For each face of FROM, its index in INTO (added there when new). Faces are
// the same when file and face index are.
std::vector<text::FaceId> merge_faces(std::vector<text::FaceInfo>& into,
                                      const std::vector<text::FaceInfo>& from);

// Renumbers the faces of PAGE's runs through MAP.
void remap_faces(Page& page, const std::vector<text::FaceId>& map);

}  // namespace paiban::layout::issue
