#pragma once
// One article's bytes through the whole pipeline to PDF and to DOCX in
// memory (cli::render_article, as `paiban render` and `paiban batch` use it).
// Shared by fuzz/render.cpp and the replay test; see fuzz/targets.h.
#include <cstdlib>
#include <memory>
#include <string_view>

#include "cli/render_pipeline.h"
#include "model/error.h"
#include "parse/parse.h"

namespace paiban::fuzz {

inline const cli::Resources& render_resources() {
  static const std::shared_ptr<cli::Resources> resources = [] {
    // Fuzzed text brings new glyphs every run: keep it from filling the
    // user's charstring cache (cli/charstring_cache_file.h).
    ::setenv("PAIBAN_FONT_CACHE", "off", 1);
    return cli::Resources::load();
  }();
  return *resources;
}

inline void render_one(std::string_view bytes) {
  model::Article article;
  try {
    article = parse::parse_bytes(bytes, "fuzz.txt");
  } catch (const Error&) {
    return;
  }
  for (cli::Format format : {cli::Format::pdf, cli::Format::docx}) {
    try {
      cli::render_article(article, format, cli::RenderOptions{}, render_resources());
    } catch (const Error&) {
    }
  }
}

}  // namespace paiban::fuzz
