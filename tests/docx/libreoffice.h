#pragma once
// LibreOffice headless as an independent reader of the produced files: each
// test process gets its own user profile, since ctest runs tests in parallel
// and LibreOffice locks its profile.
#include <filesystem>
#include <string>
#include <vector>

#include "docx/docx_support.h"

namespace docx_test {

struct PdfRender {
  std::filesystem::path pdf;
  std::string text;  // pdftotext
  int pages = 0;     // pdfinfo
};

class LibreOffice {
 public:
  // Converts `document` (a .docx) to PDF in a folder of this object.
  PdfRender to_pdf(const std::filesystem::path& document);
  const std::filesystem::path& folder() const { return dir_.path(); }

 private:
  TempDir dir_;
  int count_ = 0;
};

// A .docx built from the parts of a Flat OPC file, nothing added: what a
// reader of the flat file gets.
std::string package_from_flat_xml(const std::string& flat_xml);

// 8-bit gray pixels of a PNG file.
struct GrayImage {
  int width = 0, height = 0;
  std::vector<unsigned char> pixels;
};
GrayImage read_png(const std::filesystem::path& path);

}  // namespace docx_test
