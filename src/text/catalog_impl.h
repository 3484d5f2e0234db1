#pragma once
// The inside of FontCatalog: one immutable HarfBuzz font per loaded face and
// the face chains of each role. Only the text engine includes this.
#include <atomic>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "text/font_catalog.h"
#include "text/hb_handles.h"
#include "text/punct_metrics.h"

namespace paiban::text {

// A face is mapped and opened on first use: a render uses five of the dozen
// faces the roles name, and each one opened cost some 60 us of its start.
struct LoadedFace {
  std::once_flag once;
  std::atomic<bool> ready{false};  // set once everything below is filled
  HbBlob blob;
  HbFace face;
  HbFont font;     // HarfBuzz OT font funcs, scale = units per em, immutable
  HaltTable halt;  // blank sides of full-width punctuation, from `halt`
  bool halt_known = false;  // from the lookup cache, before loading
  FaceInfo info;   // complete
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
  // What resolving the roles found of each face (path, index, family, bold),
  // fixed once the catalog is built; the rest is filled in on loading.
  std::vector<FaceInfo> found;
  mutable std::deque<LoadedFace> faces;  // parallel to `found`; a deque: never moved
  std::map<std::string, RoleFaces> by_role;

  const RoleFaces& role(const std::string& name) const;  // throws Error(data)
  // Face `id`, loaded on the first call from any thread. Throws Error(data)
  // naming the file when it is damaged (and again on the next call).
  const LoadedFace& loaded(FaceId id) const;
  hb_font_t* font(FaceId id) const { return loaded(id).font.get(); }
  const FaceInfo& info(FaceId id) const { return loaded(id).info; }
  const HaltTable& halt(FaceId id) const { return loaded(id).halt; }
};

}  // namespace paiban::text
