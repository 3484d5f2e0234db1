#pragma once
// Which file fontconfig picks for a family, remembered between runs. Starting
// fontconfig (parsing its XML configuration, mapping its caches) and matching
// the roles' twenty-odd families cost more than the rest of `paiban render`
// together; a run whose fontconfig setup has not changed since the answers
// were recorded reads them back instead. "Not changed" is judged as
// fontconfig judges its own caches: by the modification times of the
// configuration files and font folders that fontconfig reported using, plus
// the environment variables that steer it. The cache is a small text file
// under $XDG_CACHE_HOME/paiban (or ~/.cache/paiban); PAIBAN_FONT_CACHE=off
// disables it. Any doubt (unreadable, malformed, stale) means a cache miss.
#include <fontconfig/fontconfig.h>

#include <map>
#include <optional>
#include <string>
#include <utility>

namespace paiban::text {

// A face fontconfig matched: its file, face index and whether it is bold.
struct FontFile {
  std::string path;
  unsigned index = 0;
  bool bold = false;
};

class FontLookupCache {
 public:
  // Reads the recorded answers valid for this environment. `extra_dir` is a
  // font folder added by the application (fonts/), watched like the others.
  explicit FontLookupCache(std::string extra_dir);

  // The recorded answer for (family, bold): nullopt when not recorded; an
  // empty FontFile path when fontconfig had no such family.
  std::optional<std::optional<FontFile>> find(const std::string& family, bool bold) const;
  void remember(const std::string& family, bool bold, const std::optional<FontFile>& file);
  // Writes the answers when some are new, with the state of `config` (the
  // configuration the new answers came from). Failures are ignored: the
  // cache is only an accelerator.
  void save(FcConfig* config) const;

 private:
  using Key = std::pair<std::string, bool>;
  std::string extra_dir_;
  std::string file_;  // empty: caching disabled
  std::string env_;   // the environment fingerprint the answers depend on
  std::map<Key, std::optional<FontFile>> answers_;
  bool dirty_ = false;
};

}  // namespace paiban::text
