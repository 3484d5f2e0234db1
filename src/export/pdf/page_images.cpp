#include "export/pdf/page_images.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>

#include "export/pdf/pdf_number.h"
#include "export/pdf/png_check.h"
#include "model/error.h"

namespace paiban::export_pdf {

namespace {

// The manifest reader checks signatures already; the display list may come
// from elsewhere, and libharu's own errors on a missing file say only "0x1017".
ImageFormat image_format(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ExitCode::no_input, "PDF export: image " + path + " cannot be opened");
  char head[8] = {};
  in.read(head, sizeof head);
  const std::string bytes(head, static_cast<std::size_t>(in.gcount()));
  if (bytes == std::string("\x89PNG\r\n\x1a\n", 8)) return ImageFormat::png;
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xFF\xD8\xFF") == 0) return ImageFormat::jpeg;
  throw Error(ExitCode::data, "PDF export: image " + path + " is neither PNG nor JPEG");
}

// A PNG is read whole and checked before libharu sees it (see png_check.h).
void check_image(const std::string& path, ImageFormat format) {
  if (format != ImageFormat::png) return;
  std::ifstream in(path, std::ios::binary);
  std::string bytes{std::istreambuf_iterator<char>(in), {}};
  if (!in.eof() && in.fail()) throw Error(ExitCode::no_input, "PDF export: image " + path + " cannot be read");
  check_png(path, bytes);
}

bool drawable(const layout::PageImage& image) { return image.width > 0 && image.height > 0; }

}  // namespace

PageImageResources embed_page_images(const layout::Document& document, HpdfBuilder& pdf) {
  PageImageResources images;
  for (const layout::Page& page : document.pages)
    for (const layout::PageImage& image : page.images) {
      if (!drawable(image) || images.by_path.count(image.path)) continue;
      std::string name = "Im" + std::to_string(images.names.size());
      ImageFormat format = image_format(image.path);
      check_image(image.path, format);
      images.by_path[image.path] = pdf.add_image(image.path, format);
      images.names[image.path] = name;
    }
  return images;
}

std::string page_images_content(const layout::Page& page, double trim_height, const PageImageResources& images) {
  std::string out;
  for (const layout::PageImage& box : page.images) {
    if (!drawable(box)) continue;
    const ImageObject& image = images.by_path.at(box.path);
    double scale = std::min(box.width / image.pixel_width, box.height / image.pixel_height);
    double w = image.pixel_width * scale, h = image.pixel_height * scale;
    double x = box.x + (box.width - w) / 2;
    double bottom = trim_height - (box.y + box.height) + (box.height - h) / 2;  // y up from the trim's foot
    out += "q " + pdf_number(w) + " 0 0 " + pdf_number(h) + ' ' + pdf_number(x) + ' ' + pdf_number(bottom) +
           " cm /" + images.names.at(box.path) + " Do Q\n";
  }
  return out;
}

std::vector<ResourceEntry> page_image_entries(const layout::Page& page, const PageImageResources& images) {
  std::vector<ResourceEntry> entries;
  std::set<std::string> seen;
  for (const layout::PageImage& box : page.images)
    if (drawable(box) && seen.insert(box.path).second)
      entries.push_back({images.names.at(box.path), images.by_path.at(box.path).object});
  return entries;
}

}  // namespace paiban::export_pdf
