#include "text/font_catalog.h"

#include <hb-ot.h>

#include <algorithm>
#include <optional>
#include <strings.h>

#include "model/error.h"
#include "text/catalog_impl.h"
#include "text/fc_handles.h"
#include "text/font_file_check.h"
#include "text/font_lookup_cache.h"
#include "text/font_manifest.h"

namespace paiban::text {
namespace {

FcConfigPtr make_fc_config() {
  FcConfigPtr config(FcInitLoadConfigAndFonts());
  if (!config) throw Error(ExitCode::internal, "fontconfig: cannot load its configuration");
  // The project's own fonts/ folder: a face dropped there can be named in a role.
  FcConfigAppFontAddDir(config.get(), reinterpret_cast<const FcChar8*>(PAIBAN_FONT_DIR));
  return config;
}

bool has_family(FcPattern* pattern, const std::string& family) {
  FcChar8* value = nullptr;
  for (int i = 0; FcPatternGetString(pattern, FC_FAMILY, i, &value) == FcResultMatch; ++i)
    if (strcasecmp(reinterpret_cast<const char*>(value), family.c_str()) == 0) return true;
  return false;
}

// fontconfig always answers with some font; only a face whose family list
// contains the requested name counts (this also picks the SC face of a TTC).
std::optional<FontFile> match_family(FcConfig* config, const std::string& family, bool bold) {
  FcPatternPtr pattern(FcPatternCreate());
  FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  FcPatternAddInteger(pattern.get(), FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
  FcPatternAddInteger(pattern.get(), FC_SLANT, FC_SLANT_ROMAN);
  FcConfigSubstitute(config, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());
  FcResult result = FcResultNoMatch;
  FcPatternPtr match(FcFontMatch(config, pattern.get(), &result));
  if (!match || !has_family(match.get(), family)) return std::nullopt;
  FcChar8* file = nullptr;
  int index = 0, weight = FC_WEIGHT_REGULAR;
  if (FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch) return std::nullopt;
  FcPatternGetInteger(match.get(), FC_INDEX, 0, &index);
  FcPatternGetInteger(match.get(), FC_WEIGHT, 0, &weight);
  return FontFile{reinterpret_cast<const char*>(file), static_cast<unsigned>(index), weight >= FC_WEIGHT_DEMIBOLD};
}

std::string postscript_name(hb_face_t* face) {
  char buf[256] = {};
  unsigned len = sizeof buf;
  hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &len, buf);
  return buf;
}

bool has_table(hb_face_t* face, hb_tag_t tag) {
  hb_blob_t* table = hb_face_reference_table(face, tag);
  bool present = hb_blob_get_length(table) > 0;
  hb_blob_destroy(table);
  return present;
}

// Maps and opens the file of face `id` and reads what FaceInfo holds of it.
void load_face(LoadedFace& loaded, const FaceInfo& found) {
  loaded.blob.reset(hb_blob_create_from_file_or_fail(found.path.c_str()));
  if (!loaded.blob) throw Error(ExitCode::data, found.path + ": cannot read font file");
  check_font_file(loaded.blob.get(), found.index, found.path);
  loaded.face.reset(hb_face_create(loaded.blob.get(), found.index));
  hb_face_make_immutable(loaded.face.get());
  if (hb_face_get_glyph_count(loaded.face.get()) == 0)
    throw Error(ExitCode::data, found.path + ": not a usable font (no glyphs)");
  loaded.font.reset(hb_font_create(loaded.face.get()));  // OT font funcs by default
  hb_font_make_immutable(loaded.font.get());
  if (!loaded.halt_known) loaded.halt = measure_halt(loaded.font.get());

  FaceInfo info = found;
  info.loaded = true;
  info.postscript_name = postscript_name(loaded.face.get());
  info.cff = has_table(loaded.face.get(), HB_TAG('C', 'F', 'F', ' ')) ||
             has_table(loaded.face.get(), HB_TAG('C', 'F', 'F', '2'));
  info.units_per_em = static_cast<int>(hb_face_get_upem(loaded.face.get()));
  hb_font_extents_t ext{};
  hb_font_get_h_extents(loaded.font.get(), &ext);
  info.ascender = static_cast<float>(ext.ascender) / static_cast<float>(info.units_per_em);
  info.descender = static_cast<float>(-ext.descender) / static_cast<float>(info.units_per_em);
  info.face = std::shared_ptr<hb_face_t>(hb_face_reference(loaded.face.get()), hb_face_destroy);
  loaded.info = std::move(info);
}

// fontconfig is started only when the lookup cache lacks an answer: starting
// it costs more than typesetting an article (font_lookup_cache.h).
class CatalogBuilder {
 public:
  explicit CatalogBuilder(FontCatalog::Impl& impl) : impl_(impl), lookups_(PAIBAN_FONT_DIR) {}
  // Records new answers for the next run.
  void finish() { lookups_.save(config_.get()); }

  // The face of `family`, found once per (file, index).
  std::optional<FaceId> face(const std::string& family, bool bold) {
    std::optional<FontFile> file;
    if (auto known = lookups_.find(family, bold)) {
      file = *known;
    } else {
      if (!config_) config_ = make_fc_config();
      file = match_family(config_.get(), family, bold);
      lookups_.remember(family, bold, file);
    }
    if (!file) return std::nullopt;
    for (size_t i = 0; i < impl_.found.size(); ++i)
      if (impl_.found[i].path == file->path && impl_.found[i].index == file->index) return static_cast<FaceId>(i);
    return add(*file, family);
  }

  bool is_bold(FaceId id) const { return impl_.found[static_cast<size_t>(id)].bold; }

 private:
  // The face is loaded later, on first use, unless its punctuation metrics
  // are not in the lookup cache yet: they are measured now to be saved.
  FaceId add(const FontFile& file, const std::string& family) {
    FaceInfo info;
    info.path = file.path;
    info.index = file.index;
    info.family = family;
    info.bold = file.bold;
    info.loaded = false;
    impl_.found.push_back(info);
    LoadedFace& loaded = impl_.faces.emplace_back();
    auto id = static_cast<FaceId>(impl_.found.size() - 1);
    if (std::optional<HaltTable> known = lookups_.find_halt(file.path, file.index)) {
      loaded.halt = std::move(*known);
      loaded.halt_known = true;
    } else {
      lookups_.remember_halt(file.path, file.index, impl_.loaded(id).halt);
    }
    return id;
  }

  FontCatalog::Impl& impl_;
  FontLookupCache lookups_;
  FcConfigPtr config_;  // started on the first cache miss
};

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) {
    if (s.empty()) continue;
    if (!out.empty()) out += ", ";
    out += s;
  }
  return out;
}

// Installed faces of a role's own families, regular and bold.
struct OwnFaces {
  std::vector<FaceId> regular, bold;
  bool primary_has_bold = false;
};

OwnFaces resolve_own(CatalogBuilder& builder, const RoleFamilies& role, const std::string& manifest) {
  OwnFaces own;
  for (const auto& family : role.families) {
    auto regular = builder.face(family, false);
    if (!regular) continue;
    auto bold = builder.face(family, true);
    bool real_bold = bold && *bold != *regular && builder.is_bold(*bold);
    if (own.regular.empty()) own.primary_has_bold = real_bold;
    own.regular.push_back(*regular);
    own.bold.push_back(real_bold ? *bold : *regular);
  }
  if (own.regular.empty())
    throw Error(ExitCode::data, manifest + ": font role '" + role.role + "': none of the families " +
                                    join(role.families) + " is installed (Debian: " + join(role.packages) + ")");
  return own;
}

void append_unique(std::vector<FaceId>& chain, const std::vector<FaceId>& more) {
  for (FaceId id : more)
    if (std::find(chain.begin(), chain.end(), id) == chain.end()) chain.push_back(id);
}

void apply_overrides(std::vector<RoleFamilies>& roles, const RoleOverrides& overrides) {
  for (const auto& [name, families] : overrides) {
    auto it = std::find_if(roles.begin(), roles.end(), [&name = name](const RoleFamilies& r) { return r.role == name; });
    if (it == roles.end()) {
      roles.push_back(RoleFamilies{name, {}, "", {}, "latin"});
      it = roles.end() - 1;
    }
    it->families = families;
    it->packages.assign(families.size(), "");
    it->debian_package.clear();
  }
}

}  // namespace

const LoadedFace& FontCatalog::Impl::loaded(FaceId id) const {
  LoadedFace& face = faces.at(static_cast<size_t>(id));
  std::call_once(face.once, [&] {
    load_face(face, found[static_cast<size_t>(id)]);
    face.ready.store(true, std::memory_order_release);
  });
  return face;
}

const RoleFaces& FontCatalog::Impl::role(const std::string& name) const {
  auto it = by_role.find(name);
  if (it == by_role.end()) throw Error(ExitCode::data, manifest_path + ": unknown font role '" + name + "'");
  return it->second;
}

std::shared_ptr<const FontCatalog> FontCatalog::load(const std::string& manifest_path) {
  return load(manifest_path, {});
}

std::shared_ptr<const FontCatalog> FontCatalog::load(const std::string& manifest_path,
                                                     const RoleOverrides& overrides) {
  auto impl = std::make_unique<Impl>();
  impl->manifest_path = manifest_path.empty() ? std::string(PAIBAN_FONT_DIR) + "/roles.xml" : manifest_path;
  impl->roles = read_font_manifest(impl->manifest_path);
  apply_overrides(impl->roles, overrides);

  CatalogBuilder builder(*impl);
  std::map<std::string, OwnFaces> own;
  for (const auto& role : impl->roles) own[role.role] = resolve_own(builder, role, impl->manifest_path);
  builder.finish();
  const OwnFaces& symbol = own.at("symbol");
  for (const auto& role : impl->roles) {
    const OwnFaces& mine = own.at(role.role);
    const OwnFaces& latin = own.at(role.latin_role);
    RoleFaces faces;
    faces.regular = mine.regular;
    faces.bold = mine.bold;
    append_unique(faces.regular, symbol.regular);
    append_unique(faces.bold, symbol.bold);
    faces.synthetic_bold = !mine.primary_has_bold;
    faces.latin_regular = latin.regular.front();
    faces.latin_bold = latin.bold.front();
    impl->by_role[role.role] = std::move(faces);
  }
  return std::shared_ptr<const FontCatalog>(new FontCatalog(std::move(impl)));
}

FontCatalog::FontCatalog(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
FontCatalog::~FontCatalog() = default;

std::vector<FaceInfo> FontCatalog::faces() const {
  std::vector<FaceInfo> out;
  out.reserve(impl_->found.size());
  for (std::size_t i = 0; i < impl_->found.size(); ++i) {
    const LoadedFace& f = impl_->faces[i];
    out.push_back(f.ready.load(std::memory_order_acquire) ? f.info : impl_->found[i]);
  }
  return out;
}

const FaceInfo& FontCatalog::face(FaceId id) const { return impl_->info(id); }

std::vector<FaceId> FontCatalog::chain(const std::string& role, bool bold) const {
  const RoleFaces& faces = impl_->role(role);
  return bold ? faces.bold : faces.regular;
}

FaceId FontCatalog::latin_face(const std::string& role, bool bold) const {
  const RoleFaces& faces = impl_->role(role);
  return bold ? faces.latin_bold : faces.latin_regular;
}

bool FontCatalog::synthetic_bold(const std::string& role) const { return impl_->role(role).synthetic_bold; }

bool FontCatalog::has_role(const std::string& role) const { return impl_->by_role.count(role) > 0; }

const std::vector<RoleFamilies>& FontCatalog::roles() const { return impl_->roles; }

const std::string& FontCatalog::manifest_path() const { return impl_->manifest_path; }

}  // namespace paiban::text
