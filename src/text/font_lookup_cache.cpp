#include "text/font_lookup_cache.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string_view>
#include <vector>

namespace paiban::text {
namespace {

constexpr const char* kHeader = "paiban font lookup 2";

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

// The variables fontconfig reads to find its configuration, its caches and
// the user's fonts, and the locale it matches languages against.
std::string environment_fingerprint(const std::string& extra_dir) {
  std::string out = "fontconfig " + std::to_string(FcGetVersion()) + "; fonts " + extra_dir;
  for (const char* name : {"FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT", "FC_LANG", "LC_ALL", "LC_CTYPE",
                           "LANG", "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
    out += std::string("; ") + name + "=" + env(name);
  return out;
}

std::uint64_t fnv1a64(const std::string& bytes) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
  return h;
}

std::string cache_folder() {
  std::string base = env("XDG_CACHE_HOME");
  if (base.empty() || base.front() != '/') {
    std::string home = env("HOME");
    if (home.empty()) return {};
    base = home + "/.cache";
  }
  return base + "/paiban";
}

// What fontconfig compares to decide whether its caches are current, and a
// little more: a file or folder that appears, disappears or is modified
// changes its stamp. Every run stamps the hundred-odd paths of the cache, so
// this formats with to_chars: an ostringstream per path cost more than
// reading the whole cache.
std::string stamp(const std::string& path) {
  struct stat st{};
  if (::stat(path.c_str(), &st) != 0) return "-";
  std::string out;
  out.reserve(64);
  auto field = [&out](auto value, const char* after) {
    char digits[24];
    out.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
    out += after;
  };
  field(st.st_dev, ":");
  field(st.st_ino, ":");
  field(st.st_mode, ":");
  field(st.st_size, ":");
  field(st.st_mtim.tv_sec, ".");
  field(st.st_mtim.tv_nsec, "");
  return out;
}

// One line per field, tab-separated: paths with tabs or newlines are not cached.
bool storable(const std::string& s) { return s.find_first_of("\t\n") == std::string::npos; }

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  for (std::size_t tab; (tab = line.find('\t', start)) != std::string_view::npos; start = tab + 1)
    fields.push_back(line.substr(start, tab - start));
  fields.push_back(line.substr(start));
  return fields;
}

// A face index as written by save(); 0 for anything else.
unsigned number(std::string_view s) {
  unsigned value = 0;
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

// The whole file, "" when it cannot be read.
std::string read_whole(const std::string& path) {
  std::string bytes;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return bytes;
  struct stat st{};
  if (::fstat(fd, &st) == 0 && st.st_size > 0) {
    bytes.resize(static_cast<std::size_t>(st.st_size));
    std::size_t filled = 0;
    while (filled < bytes.size()) {
      ssize_t n = ::read(fd, bytes.data() + filled, bytes.size() - filled);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      filled += static_cast<std::size_t>(n);
    }
    bytes.resize(filled);
  }
  ::close(fd);
  return bytes;
}

void add_list(std::set<std::string>& paths, FcStrList* list) {
  if (!list) return;
  while (FcChar8* s = FcStrListNext(list)) paths.insert(reinterpret_cast<const char*>(s));
  FcStrListDone(list);
}

// Configuration files may appear later in places fontconfig looks only if
// they exist (the user's fonts.conf, conf.d, font folders): watched too.
void add_user_places(std::set<std::string>& paths) {
  std::string home = env("HOME");
  std::string config = env("XDG_CONFIG_HOME");
  if (config.empty() && !home.empty()) config = home + "/.config";
  std::string data = env("XDG_DATA_HOME");
  if (data.empty() && !home.empty()) data = home + "/.local/share";
  if (!config.empty())
    for (const char* p : {"/fontconfig", "/fontconfig/fonts.conf", "/fontconfig/conf.d"}) paths.insert(config + p);
  if (!data.empty()) paths.insert(data + "/fonts");
  if (!home.empty())
    for (const char* p : {"/.fonts", "/.fonts.conf", "/.fonts.conf.d"}) paths.insert(home + p);
}

// `gid:left:right` per mark, space-separated; floats in the shortest form
// that reads back to the same value.
std::string halt_text(const HaltTable& table) {
  std::string out;
  char buf[64];
  for (const PunctTrim& t : table) {
    char* p = std::to_chars(buf, buf + sizeof buf, t.gid).ptr;
    *p++ = ':';
    p = std::to_chars(p, buf + sizeof buf, t.left).ptr;
    *p++ = ':';
    p = std::to_chars(p, buf + sizeof buf, t.right).ptr;
    if (!out.empty()) out += ' ';
    out.append(buf, p);
  }
  return out;
}

std::optional<HaltTable> parse_halt(std::string_view text) {
  HaltTable table;
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    PunctTrim t;
    auto r = std::from_chars(p, end, t.gid);
    if (r.ec != std::errc() || r.ptr == end || *r.ptr != ':') return std::nullopt;
    r = std::from_chars(r.ptr + 1, end, t.left);
    if (r.ec != std::errc() || r.ptr == end || *r.ptr != ':') return std::nullopt;
    r = std::from_chars(r.ptr + 1, end, t.right);
    if (r.ec != std::errc() || (r.ptr != end && *r.ptr != ' ')) return std::nullopt;
    table.push_back(t);
    p = r.ptr == end ? end : r.ptr + 1;
  }
  if (!std::is_sorted(table.begin(), table.end(), [](const PunctTrim& a, const PunctTrim& b) { return a.gid < b.gid; }))
    return std::nullopt;
  return table;
}

// Every environment has its own file (a test's scratch FONTCONFIG_FILE makes
// one per run): only the most recently written few are kept.
void prune(const std::filesystem::path& folder, std::size_t keep) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::pair<fs::file_time_type, fs::path>> files;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind("fonts-", 0) == 0) files.emplace_back(entry.last_write_time(ec), entry.path());
  }
  if (files.size() <= keep) return;
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = keep; i < files.size(); ++i) fs::remove(files[i].second, ec);
}

}  // namespace

std::string font_cache_file(const char* prefix, const std::string& key, const char* suffix) {
  std::string mode = env("PAIBAN_FONT_CACHE");
  if (mode == "off" || mode == "0") return {};
  std::string folder = cache_folder();
  if (folder.empty()) return {};
  char name[96];
  std::snprintf(name, sizeof name, "/%s-%016llx%s", prefix, static_cast<unsigned long long>(fnv1a64(key)), suffix);
  return folder + name;
}

std::string file_stamp(const std::string& path) { return stamp(path); }

FontLookupCache::FontLookupCache(std::string extra_dir) : extra_dir_(std::move(extra_dir)) {
  env_ = environment_fingerprint(extra_dir_);
  file_ = font_cache_file("fonts", env_, ".txt");
  if (file_.empty()) return;

  // Read whole and split in place: getline and a string per field cost as
  // much as the rest of loading the catalog.
  const std::string text = read_whole(file_);
  std::string_view rest = text;
  auto next_line = [&rest](std::string_view& line) {
    if (rest.empty()) return false;
    std::size_t nl = rest.find('\n');
    line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    return true;
  };
  std::string_view line;
  if (!next_line(line) || line != kHeader) return;
  if (!next_line(line) || line != "env\t" + env_) return;
  std::map<Key, std::optional<FontFile>> answers;
  std::map<FaceKey, HaltTable> halts;
  std::map<std::string, std::string> stamps;
  while (next_line(line)) {
    std::vector<std::string_view> f = split_tabs(line);
    if (f.size() == 3 && f[0] == "stamp") {
      std::string path(f[1]);
      if (stamp(path) != f[2]) return;  // stale: fontconfig would see something new
      stamps.emplace(std::move(path), f[2]);
    } else if (f.size() == 4 && f[0] == "halt") {
      std::optional<HaltTable> table = parse_halt(f[3]);
      std::string path(f[1]);
      if (!table || !stamps.count(path)) return;  // a table must follow its file's stamp
      halts[{std::move(path), number(f[2])}] = std::move(*table);
    } else if (f.size() == 7 && f[0] == "answer") {
      std::optional<FontFile> file;
      if (f[3] == "1") file = FontFile{std::string(f[6]), number(f[4]), f[5] == "1"};
      answers[{std::string(f[2]), f[1] == "1"}] = file;
    } else {
      return;  // not a file this version wrote
    }
  }
  answers_ = std::move(answers);
  halts_ = std::move(halts);
  stamps_ = std::move(stamps);
}

std::optional<std::optional<FontFile>> FontLookupCache::find(const std::string& family, bool bold) const {
  auto it = answers_.find({family, bold});
  if (it == answers_.end()) return std::nullopt;
  return it->second;
}

void FontLookupCache::remember(const std::string& family, bool bold, const std::optional<FontFile>& file) {
  if (file_.empty() || !storable(family) || (file && !storable(file->path))) return;
  answers_[{family, bold}] = file;
  dirty_ = true;
}

std::optional<HaltTable> FontLookupCache::find_halt(const std::string& path, unsigned index) const {
  auto it = halts_.find({path, index});
  if (it == halts_.end()) return std::nullopt;
  return it->second;
}

void FontLookupCache::remember_halt(const std::string& path, unsigned index, const HaltTable& table) {
  if (file_.empty() || !storable(path)) return;
  halts_[{path, index}] = table;
  dirty_ = true;
}

void FontLookupCache::save(FcConfig* config) const {
  if (!dirty_ || file_.empty()) return;
  std::set<std::string> paths;
  if (config) {
    add_list(paths, FcConfigGetConfigFiles(config));
    std::set<std::string> folders;
    for (const std::string& p : paths) folders.insert(std::filesystem::path(p).parent_path().string());
    paths.insert(folders.begin(), folders.end());
    add_list(paths, FcConfigGetConfigDirs(config));
    add_list(paths, FcConfigGetFontDirs(config));
    add_list(paths, FcConfigGetCacheDirs(config));
    add_user_places(paths);
    paths.insert(extra_dir_);
  } else {
    if (stamps_.empty()) return;  // nothing recorded of fontconfig's state to carry over
    for (const auto& [path, st] : stamps_) paths.insert(path);
  }
  for (const auto& [key, file] : answers_)
    if (file) paths.insert(file->path);
  for (const auto& [face, table] : halts_) paths.insert(face.first);

  std::ostringstream out;
  out << kHeader << "\nenv\t" << env_ << '\n';
  for (const std::string& p : paths)
    if (storable(p)) out << "stamp\t" << p << '\t' << stamp(p) << '\n';
  for (const auto& [key, file] : answers_) {
    out << "answer\t" << (key.second ? 1 : 0) << '\t' << key.first << '\t';
    if (file)
      out << "1\t" << file->index << '\t' << (file->bold ? 1 : 0) << '\t' << file->path << '\n';
    else
      out << "0\t0\t0\t\n";
  }
  for (const auto& [face, table] : halts_)
    out << "halt\t" << face.first << '\t' << face.second << '\t' << halt_text(table) << '\n';
  // Written aside and renamed into place: concurrent runs never read half a file.
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(file_).parent_path(), ec);
  std::string tmp = file_ + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f << out.str();
    if (!f.flush()) {
      std::filesystem::remove(tmp, ec);
      return;
    }
  }
  std::filesystem::rename(tmp, file_, ec);
  if (ec) std::filesystem::remove(tmp, ec);
  prune(std::filesystem::path(file_).parent_path(), 16);
}

}  // namespace paiban::text
