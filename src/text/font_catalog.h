#pragma once
// Fonts by role (body serif, heading sans, kai, latin, symbols), found by family
// name through fontconfig plus the project's fonts/ folder, loaded once and then
// shared read-only by every thread.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

struct hb_face_t;

namespace paiban::text {

// One face. Export reads `path`/`index` to embed a subset of it. Until the
// face is loaded (FontCatalog::face) only path, index, family and bold are set.
struct FaceInfo {
  std::string path;
  unsigned index = 0;        // face index inside a .ttc
  std::string family;
  std::string postscript_name;
  bool cff = false;          // CFF outlines (Noto CJK) rather than TrueType glyf
  bool bold = false;         // the face itself is bold
  int units_per_em = 1000;
  float ascender = 0.88f;    // in em, positive up (hhea/OS2 via HarfBuzz)
  float descender = 0.12f;   // in em, positive down
  // The catalog's face, immutable and safe to share between threads: export
  // subsets from it instead of mapping the file again. Null in a FaceInfo made
  // by hand; export then opens `path`.
  std::shared_ptr<hb_face_t> face;
  // False in the catalog's entry for a face not loaded yet: only path, index,
  // family and bold are known. The PDF export refuses such an entry.
  bool loaded = true;
};

using FaceId = int;  // index into FontCatalog::faces()

// The families to try for one role, first match wins; later families are
// fallbacks by coverage (per character).
struct RoleFamilies {
  std::string role;                   // body, heading, kai, latin, symbol...
  std::vector<std::string> families;  // e.g. {"Noto Serif CJK SC"}
  std::string debian_package;         // informative: who provides the first family
  std::vector<std::string> packages;  // parallel to families
  std::string latin_role;             // role whose font sets Latin letters and digits
};

// Role -> families, replacing the manifest's list for that role (a layout's
// <font role="..."> elements).
using RoleOverrides = std::map<std::string, std::vector<std::string>>;

class FontCatalog {
 public:
  // Loads fonts/roles.xml of the source tree (or the given manifest) and
  // resolves each role through fontconfig. Throws paiban::Error(data) naming
  // the manifest, or the role whose families are all missing.
  static std::shared_ptr<const FontCatalog> load(const std::string& manifest_path = {});
  static std::shared_ptr<const FontCatalog> load(const std::string& manifest_path,
                                                 const RoleOverrides& overrides);
  ~FontCatalog();
  FontCatalog(const FontCatalog&) = delete;
  FontCatalog& operator=(const FontCatalog&) = delete;

  // Every face the roles found, by FaceId; those not loaded yet (no text has
  // been set in them) with only path, index, family and bold.
  std::vector<FaceInfo> faces() const;
  // One face, loaded on first use (from any thread). Throws Error(data)
  // naming the file when it is damaged.
  const FaceInfo& face(FaceId id) const;
  // The face chain for a role: primary face first, then fallbacks (the role's
  // other installed families, then the symbol role). With bold, real bold
  // faces where the family has one. Throws Error(data) for an unknown role.
  std::vector<FaceId> chain(const std::string& role, bool bold) const;
  // The face for Latin letters and digits in text of this role.
  FaceId latin_face(const std::string& role, bool bold) const;
  // True when the role's primary family has no bold face, so bold text of
  // this role is emboldened synthetically (GlyphRun::embolden).
  bool synthetic_bold(const std::string& role) const;
  bool has_role(const std::string& role) const;
  const std::vector<RoleFamilies>& roles() const;
  const std::string& manifest_path() const;

  struct Impl;  // HarfBuzz fonts and role tables (text/catalog_impl.h)
  const Impl& impl() const { return *impl_; }

 private:
  explicit FontCatalog(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace paiban::text
