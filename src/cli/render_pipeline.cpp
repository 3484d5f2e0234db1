#include "cli/render_pipeline.h"

#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>

#include "cli/charstring_cache_file.h"
#include "export/docx/docx.h"
#include "export/docx/installed_fonts.h"
#include "export/json/article_json.h"
#include "export/pdf/pdf_writer.h"
#include "export/pdf/font_subset.h"
#include "layout/layout_article.h"
#include "layout/likely_glyphs.h"
#include "model/error.h"
#include "threads/helper_thread.h"

namespace paiban::cli {

namespace {

constexpr const char* kDefaultPdfLayout = "booklet-a5";

// SOURCE_DATE_EPOCH fixes the dates written into the output; without it the
// current time is used.
std::int64_t creation_time() {
  return source_date_epoch().value_or(static_cast<std::int64_t>(std::time(nullptr)));
}

export_pdf::PdfOptions pdf_options(const RenderOptions& options) {
  export_pdf::PdfOptions pdf;
  pdf.marks = options.marks;
  pdf.impose = options.impose_saddle ? export_pdf::Imposition::saddle : export_pdf::Imposition::none;
  pdf.duplex = options.duplex_long ? export_pdf::Duplex::long_edge : export_pdf::Duplex::short_edge;
  pdf.creep_mm = options.creep_mm;
  pdf.creation_time = creation_time();
  pdf.threads = options.helper_threads;
  return pdf;
}

// The paragraph face's likely glyphs flattened on a thread of their own while
// the layout runs: reading them from the font is the longest step of the PDF
// export (write_pdf.cpp), and now mostly done by the time it starts. A failed
// guess costs nothing but the guess: the export does its usual work.
using EarlyWork = threads::Helper<std::optional<export_pdf::FlattenedCharstrings>>;

// Starts `work` when the paragraph face is CID-keyed CFF (Noto CJK, which
// flatten_cid_keyed_glyphs handles); `work` must outlive the export. Returns
// what the export is to look for, or nothing when no work was started.
std::optional<export_pdf::EarlyCharstrings> flatten_paragraph_glyphs_early(const model::Article& article,
                                                                           const layout::LayoutSpec& spec,
                                                                           const text::FontCatalog& fonts,
                                                                           EarlyWork& work) {
  text::FaceId face_id = 0;
  const text::FaceInfo* found = nullptr;
  try {
    face_id = layout::paragraph_face(spec, fonts);
    found = &fonts.face(face_id);  // loaded here, before two threads want it
  } catch (const Error&) {
    return std::nullopt;  // the layout meets the same problem and reports it
  }
  const text::FaceInfo& face = *found;
  if (!face.cff) return std::nullopt;
  auto flatten = [&article, &spec, &fonts, &face, face_id]() -> std::optional<export_pdf::FlattenedCharstrings> {
    try {
      layout::prepare_paragraphs(article, spec, fonts);  // the layout needs these first, the export later
      std::optional<export_pdf::FlattenedCharstrings> known = read_cached_charstrings(face);
      std::optional<export_pdf::FlattenedCharstrings> flattened = export_pdf::flatten_cid_keyed_glyphs(
          face, layout::likely_glyphs(article, face_id, fonts), known ? &*known : nullptr);
      if (flattened) update_cached_charstrings(face, known ? &*known : nullptr, *flattened);
      return flattened;
    } catch (...) {  // whatever went wrong, the layout and the export meet it again, or do without
      return std::nullopt;
    }
  };
  work = threads::start_helper(flatten);
  return export_pdf::EarlyCharstrings{face.path, face.index, work.share()};
}

}  // namespace

std::optional<std::int64_t> source_date_epoch() {
  const char* env = std::getenv("SOURCE_DATE_EPOCH");
  if (!env || !*env) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  long long value = std::strtoll(env, &end, 10);
  if (errno != 0 || *end != '\0' || value < 0 || value > 253402300799LL)  // up to 9999-12-31
    throw Error(ExitCode::usage, std::string("SOURCE_DATE_EPOCH is not a time in seconds: ") + env);
  return value;
}

Format format_from_name(const std::string& name) {
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "pdf") return Format::pdf;
  if (lower == "docx") return Format::docx;
  if (lower == "xml") return Format::xml;
  if (lower == "json") return Format::json;
  throw Error(ExitCode::usage, "unknown output format '" + name + "' (pdf, docx, xml or json)");
}

Format format_from_extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  if (ext.size() < 2)
    throw Error(ExitCode::usage, "cannot tell the output format of " + path + ": end it in .pdf, .docx, .xml or .json");
  try {
    return format_from_name(ext.substr(1));
  } catch (const Error&) {
    throw Error(ExitCode::usage, "unknown output format of " + path + ": end it in .pdf, .docx, .xml or .json");
  }
}

const char* extension(Format format) {
  switch (format) {
    case Format::pdf: return "pdf";
    case Format::docx: return "docx";
    case Format::xml: return "xml";
    case Format::json: return "json";
  }
  return "pdf";
}

// Layouts by the name they were asked for. Entries are never removed, so the
// references handed out stay valid for the life of the Resources.
struct Resources::Cache {
  std::mutex mutex;
  std::map<std::string, std::unique_ptr<layout::LayoutSpec>> layouts;
  std::shared_ptr<const text::FontCatalog> fonts;  // fonts/roles.xml as it is
  std::map<std::string, std::shared_ptr<const text::FontCatalog>> fonts_by_layout;  // by source path
};

namespace {

const std::string& layout_name(Format format, const RenderOptions& options) {
  static const std::string pdf = kDefaultPdfLayout, handout = "handout-a4";
  if (!options.layout.empty()) return options.layout;
  return format == Format::pdf ? pdf : handout;
}

}  // namespace

const layout::LayoutSpec& Resources::layout(const std::string& name_or_path) const {
  std::lock_guard<std::mutex> lock(cache->mutex);
  auto it = cache->layouts.find(name_or_path);
  if (it == cache->layouts.end())
    it = cache->layouts
             .emplace(name_or_path, std::make_unique<layout::LayoutSpec>(layout::load_layout(name_or_path)))
             .first;
  return *it->second;
}

const text::FontCatalog& Resources::fonts_for(const layout::LayoutSpec& spec) const {
  std::lock_guard<std::mutex> lock(cache->mutex);
  if (spec.font_families.empty()) {
    if (!cache->fonts) cache->fonts = text::FontCatalog::load();
    return *cache->fonts;
  }
  auto& slot = cache->fonts_by_layout[spec.source_path];
  if (!slot) slot = text::FontCatalog::load({}, spec.font_families);
  return *slot;
}

std::shared_ptr<Resources> Resources::on_demand() {
  auto resources = std::make_shared<Resources>();
  resources->cache = std::make_shared<Cache>();
  return resources;
}

std::shared_ptr<Resources> Resources::load() {
  auto resources = on_demand();
  resources->cache->fonts = text::FontCatalog::load();
  return resources;
}

void Resources::preload(Format format, const RenderOptions& options) const {
  if (format != Format::json) fonts_for(layout(layout_name(format, options)));
}

Rendered render_article(const model::Article& article, Format format, const RenderOptions& options,
                        const Resources& resources) {
  switch (format) {
    case Format::pdf: {
      const layout::LayoutSpec& spec = resources.layout(layout_name(format, options));
      const text::FontCatalog& fonts = resources.fonts_for(spec);
      export_pdf::PdfOptions pdf = pdf_options(options);
      EarlyWork early;  // joined at the end of this scope, after the export
      std::optional<export_pdf::EarlyCharstrings> started;
      if (options.helper_threads) started = flatten_paragraph_glyphs_early(article, spec, fonts, early);
      if (started) pdf.early.push_back(std::move(*started));
      layout::PaginatorOptions paging;
      // Two cores: one lays out, the other flattens. A second layout thread
      // beside the flattening made renders 0.5 ms slower (median, 200 runs).
      paging.threads = options.helper_threads && !started;
      paging.deadline = options.deadline;
      layout::Document document = layout::layout_article(article, spec, fonts, paging);
      Rendered out;
      out.pages = static_cast<int>(document.pages.size());
      out.bytes = export_pdf::write_pdf(document, pdf);
      out.warnings = spec.warnings;
      out.warnings.insert(out.warnings.end(), document.warnings.begin(), document.warnings.end());
      return out;
    }
    case Format::json:
      return Rendered{export_json::to_json(article), 0, {}};
    case Format::docx:
    case Format::xml: {
      const layout::LayoutSpec& spec = resources.layout(layout_name(format, options));
      export_docx::DocxOptions docx;
      if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) docx.timestamp = creation_time();
      docx.role_families = export_docx::installed_role_families(resources.fonts_for(spec));
      bool flat = options.flat || format == Format::xml;
      return Rendered{flat ? export_docx::write_flat_xml(article, spec, docx) : export_docx::write_docx(article, spec, docx), 0,
                      spec.warnings};
    }
  }
  throw Error(ExitCode::usage, std::string(extension(format)) + " output is not yet available");
}

}  // namespace paiban::cli
