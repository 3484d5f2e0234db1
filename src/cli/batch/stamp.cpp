#include "cli/batch/stamp.h"

#include <fstream>
#include <sstream>
#include <system_error>

#include <nlohmann/json.hpp>

#include "cli/output_file.h"

namespace paiban::cli::batch {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path stamp_path(const fs::path& out_root, const std::string& relative) {
  fs::path rel(relative);
  return out_root / rel.parent_path() / ("." + rel.filename().string() + ".paiban-stamp");
}

std::optional<Stamp> read_stamp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  json j = json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return std::nullopt;
  try {
    Stamp s;
    s.input_sha256 = j.at("input_sha256").get<std::string>();
    s.options = j.at("options").get<std::string>();
    s.version = j.at("version").get<std::string>();
    s.diagnostics = j.at("diagnostics").get<int>();
    for (const json& o : j.at("outputs"))
      s.outputs.push_back({o.at("file").get<std::string>(), o.at("format").get<std::string>(),
                           o.at("bytes").get<long long>(), o.at("pages").get<int>()});
    return s;
  } catch (const json::exception&) {
    return std::nullopt;  // a stamp from another version or hand-edited: redo
  }
}

void write_stamp(const fs::path& path, const Stamp& stamp) {
  json outputs = json::array();
  for (const OutputRecord& o : stamp.outputs)
    outputs.push_back({{"file", o.file}, {"format", o.format}, {"bytes", o.bytes}, {"pages", o.pages}});
  json j = {{"input_sha256", stamp.input_sha256}, {"options", stamp.options},
            {"version", stamp.version},           {"diagnostics", stamp.diagnostics},
            {"outputs", outputs}};
  write_file_atomically(path.string(), j.dump(1, ' ', false, json::error_handler_t::replace) + "\n");
}

bool is_up_to_date(const Stamp& recorded, const Stamp& wanted, const fs::path& dir) {
  if (recorded.input_sha256 != wanted.input_sha256 || recorded.options != wanted.options ||
      recorded.version != wanted.version || recorded.outputs.empty())
    return false;
  for (const OutputRecord& o : recorded.outputs) {
    std::error_code ec;
    auto size = fs::file_size(dir / o.file, ec);
    if (ec || static_cast<long long>(size) != o.bytes) return false;
  }
  return true;
}

}  // namespace paiban::cli::batch
