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
//
// The same file keeps each face's `halt` table (punct_metrics.h): measuring it
// shapes some 160 punctuation marks per Noto face, a tenth of a render. The
// files it was measured from are stamped like fontconfig's, so a changed font
// is measured again; a change to how halt is measured must change kHeader.
#include <fontconfig/fontconfig.h>

#include <map>
#include <optional>
#include <string>
#include <utility>

#include "text/punct_metrics.h"

namespace paiban::text {

// A face fontconfig matched: its file, face index and whether it is bold.
struct FontFile {
  std::string path;
  unsigned index = 0;
  bool bold = false;
};

// A cache file of paiban's folder, $XDG_CACHE_HOME/paiban or ~/.cache/paiban:
// `<prefix>-<hash of key><suffix>`, one file per key. Empty when
// PAIBAN_FONT_CACHE=off or there is no home.
std::string font_cache_file(const char* prefix, const std::string& key, const char* suffix);
// What identifies a file's version: device, inode, mode, size and
// modification time ("-" when it cannot be read).
std::string file_stamp(const std::string& path);

class FontLookupCache {
 public:
  // Reads the recorded answers valid for this environment. `extra_dir` is a
  // font folder added by the application (fonts/), watched like the others.
  explicit FontLookupCache(std::string extra_dir);

  // The recorded answer for (family, bold): nullopt when not recorded; an
  // empty FontFile path when fontconfig had no such family.
  std::optional<std::optional<FontFile>> find(const std::string& family, bool bold) const;
  void remember(const std::string& family, bool bold, const std::optional<FontFile>& file);
  // The halt table recorded for face `index` of font file `path`.
  std::optional<HaltTable> find_halt(const std::string& path, unsigned index) const;
  void remember_halt(const std::string& path, unsigned index, const HaltTable& table);
  // Writes the answers and tables when some are new, with the state of
  // `config` (the configuration the new answers came from; null when
  // fontconfig was not started, and the recorded state still holds).
  // Failures are ignored: the cache is only an accelerator.
  void save(FcConfig* config) const;

 private:
  using Key = std::pair<std::string, bool>;
  using FaceKey = std::pair<std::string, unsigned>;
  std::string extra_dir_;
  std::string file_;  // empty: caching disabled
  std::string env_;   // the environment fingerprint the answers depend on
  std::map<Key, std::optional<FontFile>> answers_;
  std::map<FaceKey, HaltTable> halts_;
  std::map<std::string, std::string> stamps_;  // as read: path -> stamp
  bool dirty_ = false;
};

}  // namespace paiban::text
