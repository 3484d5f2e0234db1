// The cover image drawn by `paiban issue`: checked with pdfimages, pdftoppm
// and qpdf, from a PNG written here byte by byte and a JPEG made by pdftoppm.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "support/files.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;

namespace {

using paiban::test::CommandResult;
using paiban::test::run;

std::string quoted(const fs::path& p) { return paiban::test::shell_quoted(p.string()); }

// One folder for the whole run, removed at exit.
fs::path temp_dir() {
  static const paiban::test::TempDir dir("paiban-cover-test");
  return dir.path();
}

// --- A grey PNG by hand: zlib "stored" blocks need no compressor. ---

std::uint32_t crc32(const std::string& bytes) {
  std::uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : bytes) {
    c ^= b;
    for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
  }
  return ~c;
}

std::string be32(std::uint32_t v) {
  return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}

std::string chunk(const std::string& type, const std::string& data) {
  return be32(static_cast<std::uint32_t>(data.size())) + type + data + be32(crc32(type + data));
}

std::string zlib_stored(const std::string& raw) {  // raw < 64 KiB: one final stored block
  std::uint32_t a = 1, b = 0;
  for (unsigned char c : raw) a = (a + c) % 65521, b = (b + a) % 65521;
  auto n = static_cast<std::uint16_t>(raw.size());
  std::string out = "\x78\x01";
  out += '\x01';
  out += {static_cast<char>(n & 0xFF), static_cast<char>(n >> 8), static_cast<char>(~n & 0xFF),
          static_cast<char>((~n >> 8) & 0xFF)};
  return out + raw + be32((b << 16) | a);
}

void write_png(const fs::path& path, int width, int height, unsigned char gray) {
  std::string rows;
  for (int y = 0; y < height; ++y) rows += '\0' + std::string(static_cast<std::size_t>(width), static_cast<char>(gray));
  std::string ihdr = be32(width) + be32(height) + std::string("\x08\x00\x00\x00\x00", 5);  // 8-bit grey
  std::ofstream(path, std::ios::binary) << std::string("\x89PNG\r\n\x1a\n", 8) << chunk("IHDR", ihdr)
                                        << chunk("IDAT", zlib_stored(rows)) << chunk("IEND", "");
}

fs::path manifest(const fs::path& dir, const std::string& image) {
  fs::path path = dir / ("issue-" + fs::path(image).stem().string() + ".xml");
  std::string examples = std::string(PAIBAN_SOURCE_DIR) + "/examples/issue/";
  std::ofstream(path) << "<issue journal=\"支部建设\" number=\"2014年10期\">\n"
                      << "  <cover image=\"" << image << "\"/>\n"
                      << "  <section name=\"理论研究\">\n"
                      << "    <article src=\"" << examples << "lilun-dangxing-jiaoyu.txt\"/>\n"
                      << "    <article src=\"" << examples << "lilun-ganbu-kaohe.txt\"/>\n"
                      << "  </section>\n</issue>\n";
  return path;
}

CommandResult issue(const fs::path& manifest_path, const fs::path& pdf, const std::string& args = "") {
  return run(std::string(PAIBAN_CLI) + " issue " + quoted(manifest_path) + " -o " + quoted(pdf) + " " + args +
             " 2>&1");
}

struct ListedImage {
  int page = 0, width = 0, height = 0;
  std::string enc, object;
};

std::vector<ListedImage> list_images(const fs::path& pdf) {
  CommandResult r = run("pdfimages -list " + quoted(pdf));
  REQUIRE(r.exit_code == 0);
  std::vector<ListedImage> images;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream fields(line);
    std::vector<std::string> f{std::istream_iterator<std::string>(fields), {}};
    if (f.size() < 11 || f[2] != "image" || !std::isdigit(static_cast<unsigned char>(f[0][0]))) continue;
    images.push_back({std::stoi(f[0]), std::stoi(f[3]), std::stoi(f[4]), f[8], f[10]});
  }
  return images;
}

int image_objects(const fs::path& pdf) {
  CommandResult r = run("qpdf --qdf --object-streams=disable " + quoted(pdf) + " - | grep -ac '/Subtype /Image'");
  return std::stoi(r.out);
}

bool qpdf_clean(const fs::path& pdf) { return run("qpdf --check " + quoted(pdf) + " >/dev/null 2>&1").exit_code == 0; }

struct Box {
  double x = 0, y = 0, width = 0, height = 0;
};

// The cover's image box from the layout dump ("  image X,Y WxH name"), moved
// from trim to media coordinates (what pdftoppm renders) by the bleed.
Box dumped_box(const fs::path& dump) {
  std::string text = paiban::test::read_file(dump);
  std::smatch m;
  REQUIRE(std::regex_search(text, m, std::regex("bleed ([0-9.]+),")));
  double bleed = std::stod(m[1]);
  REQUIRE(std::regex_search(text, m, std::regex("\\n  image ([0-9.]+),([0-9.]+) ([0-9.]+)x([0-9.]+) ")));
  return {std::stod(m[1]) + bleed, std::stod(m[2]) + bleed, std::stod(m[3]), std::stod(m[4])};
}

struct Gray {
  int width = 0, height = 0;
  std::string pixels;
  int at(int x, int y) const { return static_cast<unsigned char>(pixels[static_cast<std::size_t>(y) * width + x]); }
};

Gray render_page1(const fs::path& pdf, int dpi) {
  fs::path out = pdf.parent_path() / (pdf.stem().string() + "-p1");
  REQUIRE(run("pdftoppm -r " + std::to_string(dpi) + " -gray -f 1 -l 1 -singlefile " + quoted(pdf) + " " +
              quoted(out)).exit_code == 0);
  std::ifstream in(out.string() + ".pgm", std::ios::binary);
  std::string magic;
  int maxval = 0;
  Gray g;
  in >> magic >> g.width >> g.height >> maxval;
  in.get();
  REQUIRE(magic == "P5");
  g.pixels.assign(std::istreambuf_iterator<char>(in), {});
  REQUIRE(g.pixels.size() == static_cast<std::size_t>(g.width) * g.height);
  return g;
}

double mean(const Gray& g, int x0, int y0, int x1, int y1) {
  double sum = 0;
  int n = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) sum += g.at(x, y), ++n;
  REQUIRE(n > 0);
  return sum / n;
}

}  // namespace

TEST_CASE("a PNG cover image is drawn once, fitted and centred in its box") {
  fs::path dir = temp_dir();
  write_png(dir / "cover.png", 40, 30, 0x40);
  fs::path pdf = dir / "png.pdf", dump = dir / "png.dump";
  CommandResult r = issue(manifest(dir, "cover.png"), pdf, "--dump " + quoted(dump));
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("not drawn") == std::string::npos);
  CHECK(qpdf_clean(pdf));

  std::vector<ListedImage> images = list_images(pdf);
  REQUIRE(images.size() == 1);
  CHECK(images[0].page == 1);
  CHECK(images[0].width == 40);
  CHECK(images[0].height == 30);
  CHECK(image_objects(pdf) == 1);

  // 4:3 in a wider box: full height, centred across. Inside the fitted
  // picture the page is the PNG's grey; beside it, white.
  Box box = dumped_box(dump);
  REQUIRE(box.width > box.height * 4 / 3);
  constexpr int dpi = 30;
  const double px = dpi / 72.0;
  double w = box.height * 4 / 3, x = box.x + (box.width - w) / 2;
  Gray page = render_page1(pdf, dpi);
  auto inner = [&](double v0, double v1, auto&& f) { f(static_cast<int>(v0 * px) + 2, static_cast<int>(v1 * px) - 2); };
  inner(x, x + w, [&](int x0, int x1) {
    inner(box.y, box.y + box.height, [&](int y0, int y1) { CHECK(std::abs(mean(page, x0, y0, x1, y1) - 0x40) < 8); });
  });
  inner(box.x, x, [&](int x0, int x1) {
    inner(box.y, box.y + box.height, [&](int y0, int y1) { CHECK(mean(page, x0, y0, x1, y1) > 250); });
  });
}

TEST_CASE("a JPEG cover image keeps its pixel size and stays a JPEG") {
  fs::path dir = temp_dir();
  fs::path base = dir / "base.pdf";
  write_png(dir / "base.png", 40, 30, 0x40);
  REQUIRE(issue(manifest(dir, "base.png"), base).exit_code == 0);
  REQUIRE(run("pdftoppm -jpeg -f 1 -l 1 -singlefile -scale-to-x 24 -scale-to-y 60 " + quoted(base) + " " +
              quoted(dir / "cover")).exit_code == 0);
  fs::path pdf = dir / "jpeg.pdf";
  CommandResult r = issue(manifest(dir, "cover.jpg"), pdf);
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  CHECK(qpdf_clean(pdf));
  std::vector<ListedImage> images = list_images(pdf);
  REQUIRE(images.size() == 1);
  CHECK(images[0].page == 1);
  CHECK(images[0].width == 24);
  CHECK(images[0].height == 60);
  CHECK(images[0].enc == "jpeg");
}

TEST_CASE("an imposed issue shows the cover image once, from one image object") {
  fs::path dir = temp_dir();
  write_png(dir / "cover.png", 40, 30, 0x40);
  fs::path pdf = dir / "saddle.pdf";
  CommandResult r = issue(manifest(dir, "cover.png"), pdf, "--layout booklet-a5 --impose saddle");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  CHECK(qpdf_clean(pdf));
  std::vector<ListedImage> images = list_images(pdf);
  REQUIRE(images.size() == 1);
  CHECK(images[0].page == 1);  // sheet 1's front carries the cover (right half)
  CHECK(images[0].width == 40);
  CHECK(image_objects(pdf) == 1);
  // The right half of the first sheet side has the grey; the left half (the back cover) none.
  Gray side = render_page1(pdf, 30);
  CHECK(mean(side, side.width / 2, 0, side.width, side.height) < mean(side, 0, 0, side.width / 2, side.height));
}

TEST_CASE("the same issue with a cover image gives the same bytes") {
  fs::path dir = temp_dir();
  write_png(dir / "cover.png", 40, 30, 0x40);
  fs::path a = dir / "same-a.pdf", b = dir / "same-b.pdf";
  REQUIRE(issue(manifest(dir, "cover.png"), a).exit_code == 0);
  REQUIRE(issue(manifest(dir, "cover.png"), b).exit_code == 0);
  CHECK(run("cmp -s " + quoted(a) + " " + quoted(b)).exit_code == 0);
}

TEST_CASE("a missing cover image stops the issue, naming it, and writes no PDF") {
  fs::path dir = temp_dir();
  fs::path pdf = dir / "missing.pdf";
  CommandResult r = issue(manifest(dir, "no-such-cover.png"), pdf);
  CHECK(r.exit_code == 66);
  CHECK(r.out.find("no-such-cover.png") != std::string::npos);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 1);
  CHECK(!fs::exists(pdf));
}
