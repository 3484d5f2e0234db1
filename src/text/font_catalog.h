#pragma once
// Fonts by role (body serif, heading sans, kai, latin, symbols), found by family
// name through fontconfig plus the project's fonts/ folder, loaded once and then
// shared read-only by every thread.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace paiban::text {

// One loaded face. Export reads `path`/`index` to embed a subset of it.
struct FaceInfo {
  std::string path;
  unsigned index = 0;        // face index inside a .ttc
  std::string family;
  std::string postscript_name;
  bool cff = false;          // CFF outlines (Noto CJK) rather than TrueType glyf
  bool bold = false;         // the face itself is bold
  int units_per_em = 1000;
};

using FaceId = int;  // index into FontCatalog::faces()

// The families to try for one role, first match wins; later families are
// fallbacks by coverage (per character).
struct RoleFamilies {
  std::string role;                   // body, heading, kai, latin, symbol...
  std::vector<std::string> families;  // e.g. {"Noto Serif CJK SC"}
  std::string debian_package;         // informative: who provides it
};

class FontCatalog {
 public:
  // Loads fonts/roles.xml (or the given manifest) and resolves each role.
  // Throws paiban::Error(data) naming the manifest or a missing family.
  static std::shared_ptr<const FontCatalog> load(const std::string& manifest_path = {});
  virtual ~FontCatalog() = default;

  virtual const std::vector<FaceInfo>& faces() const = 0;
  // The face chain for a role: primary face first, then fallbacks.
  virtual std::vector<FaceId> chain(const std::string& role, bool bold) const = 0;
};

}  // namespace paiban::text
