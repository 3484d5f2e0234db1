#pragma once
// One input of a batch run: read, check whether its outputs are up to date,
// parse, render each format, write atomically, stamp. Any exception fails
// this input alone and becomes its report line.
#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include "cli/batch/input_list.h"
#include "cli/batch/item_result.h"
#include "cli/batch/path_safety.h"
#include "cli/render_pipeline.h"

namespace paiban::cli::batch {

struct ConvertSettings {
  OutputRoot out_root;
  std::vector<Format> formats;
  RenderOptions render;
  std::string options_key;  // canonical text of everything above that shapes the outputs
  std::size_t max_bytes = 32u << 20;
  bool force = false;       // redo even when up to date
  // Time an input may take (`--timeout`; zero: no limit). Checked between
  // stages: past it the input stops with status timeout and its new outputs
  // are removed.
  std::chrono::duration<double> timeout{0};
};

ItemResult convert_item(const InputEntry& entry, const ConvertSettings& settings,
                        const Resources& resources);

}  // namespace paiban::cli::batch
