#pragma once
// Pictures on pages (layout::PageImage): each distinct file becomes one image
// XObject for the whole document, whichever pages show it, and each page draws
// its images from its own content (so a page made into a form XObject for
// imposition carries them along).
#include <map>
#include <string>
#include <vector>

#include "export/pdf/hpdf_builder.h"
#include "layout/display_list.h"

namespace paiban::export_pdf {

struct PageImageResources {
  std::map<std::string, ImageObject> by_path;
  std::map<std::string, std::string> names;  // path -> resource name, "Im0", "Im1", ...
};

// Loads every image file the document's pages name, in page order (so the
// output is the same from run to run). Throws Error(no_input) when a file
// cannot be opened and Error(data) when it is not a PNG or JPEG libharu reads.
PageImageResources embed_page_images(const layout::Document& document, HpdfBuilder& pdf);

// Operators drawing the page's images, each fitted into its box with its
// aspect ratio kept and centred; PDF coordinates of the trim box.
std::string page_images_content(const layout::Page& page, double trim_height, const PageImageResources& images);

// The XObject resources of the page's images, each once.
std::vector<ResourceEntry> page_image_entries(const layout::Page& page, const PageImageResources& images);

}  // namespace paiban::export_pdf
