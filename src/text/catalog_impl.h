#pragma once
// The inside of FontCatalog: one immutable HarfBuzz font per loaded face and
// the face chains of each role. Only the text engine includes this.
#include <map>
#include <string>
#include <vector>

#include "text/font_catalog.h"
#include "text/hb_handles.h"
#include "text/punct_metrics.h"

namespace paiban::text {

struct LoadedFace {
  HbBlob blob;
  HbFace face;
  HbFont font;  // HarfBuzz OT font funcs, scale = units per em, immutable
  HaltTable halt;  // blank sides of full-width punctuation, from `halt`
};

struct RoleFaces {
  std::vector<FaceId> regular;  // chain: primary first
  std::vector<FaceId> bold;     // chain with real bold faces where they exist
  bool synthetic_bold = false;
  FaceId latin_regular = 0;
  FaceId latin_bold = 0;
};

struct FontCatalog::Impl {
  std::string manifest_path;
  std::vector<RoleFamilies> roles;
  std::vector<FaceInfo> infos;      // parallel to faces
  std::vector<LoadedFace> faces;
  std::map<std::string, RoleFaces> by_role;

  const RoleFaces& role(const std::string& name) const;  // throws Error(data)
  hb_font_t* font(FaceId id) const { return faces[static_cast<size_t>(id)].font.get(); }
};

}  // namespace paiban::text
