#include "docx/libreoffice.h"

#include <png.h>

#include <catch2/catch.hpp>

#include "export/docx/zip_buffer.h"

namespace docx_test {

PdfRender LibreOffice::to_pdf(const std::filesystem::path& document) {
  std::filesystem::path out = dir_.path() / ("out" + std::to_string(++count_));
  std::filesystem::create_directories(out);
  std::string profile = "file://" + (dir_.path() / "profile").string();
  CommandResult r = run("timeout 180 soffice --headless --norestore -env:UserInstallation=" +
                        shell_quoted(profile) + " --convert-to pdf --outdir " + shell_quoted(out.string()) + " " +
                        shell_quoted(document.string()) + " 2>&1");
  INFO(r.output);
  REQUIRE(r.status == 0);
  PdfRender render;
  render.pdf = out / (document.stem().string() + ".pdf");
  REQUIRE(std::filesystem::exists(render.pdf));
  CommandResult text = run("pdftotext -raw -enc UTF-8 " + shell_quoted(render.pdf.string()) + " -");
  REQUIRE(text.status == 0);
  render.text = text.output;
  CommandResult info = run("pdfinfo " + shell_quoted(render.pdf.string()));
  REQUIRE(info.status == 0);
  auto at = info.output.find("Pages:");
  REQUIRE(at != std::string::npos);
  render.pages = std::stoi(info.output.substr(at + 6));
  return render;
}

std::string package_from_flat_xml(const std::string& flat_xml) {
  auto flat = parse_xml(flat_xml);
  std::string types =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
      R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
      R"(<Default Extension="xml" ContentType="application/xml"/>)";
  std::vector<std::pair<std::string, std::string>> parts;
  for (auto* part : children(flat->RootElement(), "pkg:part")) {
    std::string name = part->Attribute("pkg:name");
    std::string type = part->Attribute("pkg:contentType");
    if (name.find(".rels") == std::string::npos)
      types += "<Override PartName=\"" + name + "\" ContentType=\"" + type + "\"/>";
    tinyxml2::XMLPrinter printer(nullptr, true);
    part->FirstChildElement("pkg:xmlData")->FirstChildElement()->Accept(&printer);
    parts.emplace_back(name.substr(1), R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)" +
                                           std::string(printer.CStr()));
  }
  paiban::export_docx::ZipBuffer zip;
  zip.add("[Content_Types].xml", types + "</Types>");
  for (auto& [name, xml] : parts) zip.add(name, xml);
  return zip.finish();
}

GrayImage read_png(const std::filesystem::path& path) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  REQUIRE(png_image_begin_read_from_file(&image, path.c_str()) != 0);
  image.format = PNG_FORMAT_GRAY;
  GrayImage gray;
  gray.width = static_cast<int>(image.width);
  gray.height = static_cast<int>(image.height);
  gray.pixels.resize(PNG_IMAGE_SIZE(image));
  bool ok = png_image_finish_read(&image, nullptr, gray.pixels.data(), 0, nullptr) != 0;
  png_image_free(&image);
  REQUIRE(ok);
  return gray;
}

}  // namespace docx_test
