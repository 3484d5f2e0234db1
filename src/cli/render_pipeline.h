#pragma once
// One article model -> one output document, for `paiban render` and `paiban
// batch`. Fonts and layouts are loaded once into Resources and shared
// read-only by every worker thread.
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "layout/layout_spec.h"
#include "model/article.h"
#include "text/font_catalog.h"

namespace paiban::cli {

enum class Format { pdf, docx, xml, json };

// "pdf" | "docx" | "xml" | "json"; from a file name's extension. Throws Error(usage).
Format format_from_name(const std::string& name);
Format format_from_extension(const std::string& path);
const char* extension(Format);

// SOURCE_DATE_EPOCH (reproducible-builds.org), checked: nothing when unset
// or empty; Error(usage) for anything but whole seconds up to 9999-12-31.
std::optional<std::int64_t> source_date_epoch();

struct RenderOptions {
  std::string layout;         // NAME or PATH; empty: booklet-a5 for PDF, handout-a4 for DOCX
  bool marks = false;         // crop and registration marks (PDF)
  bool impose_saddle = false; // saddle-stitch imposition (PDF)
  bool duplex_long = false;   // printer flips on the long edge (PDF, imposed)
  double creep_mm = 0;        // shift of inner pages outward (PDF, imposed)
  bool flat = false;          // DOCX as one Flat OPC XML file
  // Use helper threads inside one document (PDF subsetting and compression).
  // `batch` turns this off when its workers already keep every core busy.
  bool helper_threads = true;
  // Layout gives up (layout::DeadlinePassed) once this has passed: `batch --timeout`.
  std::optional<std::chrono::steady_clock::time_point> deadline;
};

// Loaded once per process.
struct Resources {
  // Layouts by the name or path they were asked for; loaded on first use.
  const layout::LayoutSpec& layout(const std::string& name_or_path) const;
  // The shared catalog, or for a layout that names its own font families
  // (`<fonts>`), a catalog with those overrides, loaded once per layout.
  const text::FontCatalog& fonts_for(const layout::LayoutSpec& spec) const;
  // With the shared catalog loaded (`batch`: a missing font stops the batch
  // before its first article), or with nothing loaded until asked for.
  static std::shared_ptr<Resources> load();
  static std::shared_ptr<Resources> on_demand();
  // Loads the layout and fonts that render_article will ask for.
  void preload(Format format, const RenderOptions& options) const;

  struct Cache;
  std::shared_ptr<Cache> cache;
};

struct Rendered {
  std::string bytes;
  int pages = 0;  // 0 where the format has no fixed pages (DOCX, XML, JSON)
  std::vector<std::string> warnings;  // layout file and typesetting warnings
};

Rendered render_article(const model::Article& article, Format format,
                        const RenderOptions& options, const Resources& resources);

}  // namespace paiban::cli
