// The font lookup cache gives the same catalog as fontconfig, and any doubt
// about its file (garbage, a changed stamp, a wrong answer behind a stale
// stamp) sends the lookup back to fontconfig.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/files.h"
#include "support/temp_dir.h"
#include "text/catalog_impl.h"
#include "text/font_catalog.h"

using namespace paiban::text;
namespace fs = std::filesystem;

namespace {

// XDG_CACHE_HOME pointed at a scratch folder for the test's lifetime.
struct ScratchCache {
  paiban::test::TempDir temp{"paiban-font-cache-test"};
  fs::path dir = temp.path();
  std::string saved;
  bool had = false;
  ScratchCache() {
    if (const char* v = std::getenv("XDG_CACHE_HOME")) had = true, saved = v;
    ::setenv("XDG_CACHE_HOME", dir.c_str(), 1);
    ::unsetenv("PAIBAN_FONT_CACHE");
  }
  ~ScratchCache() {
    if (had) ::setenv("XDG_CACHE_HOME", saved.c_str(), 1);
    else ::unsetenv("XDG_CACHE_HOME");
  }
  fs::path file() const {
    for (const auto& e : fs::directory_iterator(dir / "paiban")) return e.path();
    return {};
  }
};

std::string faces_of(const FontCatalog& catalog) {
  std::ostringstream out;
  for (const FaceInfo& f : catalog.faces()) out << f.path << '#' << f.index << ' ' << f.family << ' ' << f.bold << '\n';
  return out.str();
}

}  // namespace

TEST_CASE("the font lookup cache gives the catalog fontconfig gives") {
  ScratchCache scratch;
  ::setenv("PAIBAN_FONT_CACHE", "off", 1);
  std::string direct = faces_of(*FontCatalog::load());
  ::unsetenv("PAIBAN_FONT_CACHE");
  CHECK(faces_of(*FontCatalog::load()) == direct);  // writes the cache
  fs::path file = scratch.file();
  REQUIRE(!file.empty());
  CHECK(paiban::test::read_file(file).find("answer\t0\tNoto Serif CJK SC\t1\t2\t") != std::string::npos);
  CHECK(faces_of(*FontCatalog::load()) == direct);  // reads it

  SECTION("garbage is ignored and replaced") {
    std::ofstream(file) << "garbage\n";
    CHECK(faces_of(*FontCatalog::load()) == direct);
    CHECK(paiban::test::read_file(file).rfind("paiban font lookup", 0) == 0);
  }
  SECTION("answers behind current stamps are trusted, not looked up again") {
    std::string text = paiban::test::read_file(file);
    auto at = text.find("answer\t0\tNoto Serif CJK SC\t1\t2\t");
    REQUIRE(at != std::string::npos);
    text[at + std::string("answer\t0\tNoto Serif CJK SC\t1\t").size()] = '0';
    std::ofstream(file) << text;
    std::string cached = faces_of(*FontCatalog::load());
    CHECK(cached != direct);
    CHECK(cached.find("#0 Noto Serif CJK SC 0\n") != std::string::npos);
  }
  SECTION("a changed stamp makes every answer stale") {
    std::string text = paiban::test::read_file(file);
    // A wrong answer (face 0 of the collection is the Japanese one) that only
    // a stale cache could give, and a stamp that no longer matches.
    auto at = text.find("answer\t0\tNoto Serif CJK SC\t1\t2\t");
    REQUIRE(at != std::string::npos);
    text[at + std::string("answer\t0\tNoto Serif CJK SC\t1\t").size()] = '0';
    auto stamp = text.find("stamp\t");
    auto colon = text.find(':', stamp);
    text.insert(colon, "9");
    std::ofstream(file) << text;
    CHECK(faces_of(*FontCatalog::load()) == direct);
  }
}

namespace {

std::string halts_of(const FontCatalog& catalog) {
  std::ostringstream out;
  const FontCatalog::Impl& impl = catalog.impl();
  for (std::size_t i = 0; i < impl.faces.size(); ++i) {
    out << impl.found[i].path << '#' << impl.found[i].index << ':';
    for (const PunctTrim& t : impl.halt(static_cast<FaceId>(i))) out << ' ' << t.gid << '=' << t.left << '/' << t.right;
    out << '\n';
  }
  return out.str();
}

}  // namespace

TEST_CASE("halt tables read back from the cache equal the measured ones") {
  ScratchCache scratch;
  ::setenv("PAIBAN_FONT_CACHE", "off", 1);
  std::string measured = halts_of(*FontCatalog::load());
  ::unsetenv("PAIBAN_FONT_CACHE");
  REQUIRE(measured.find("NotoSerifCJK-Regular.ttc#2: ") != std::string::npos);  // Noto has halt: a table
  CHECK(halts_of(*FontCatalog::load()) == measured);  // writes the cache
  fs::path file = scratch.file();
  std::string text = paiban::test::read_file(file);
  CHECK(text.find("\nhalt\t") != std::string::npos);
  CHECK(halts_of(*FontCatalog::load()) == measured);  // reads it

  SECTION("a garbled table is not trusted") {
    auto at = text.find("\nhalt\t");
    auto colon = text.find(':', text.find('\t', text.find('\t', at + 6) + 1));
    REQUIRE(colon != std::string::npos);
    text.replace(colon, 1, ";");
    std::ofstream(file) << text;
    CHECK(halts_of(*FontCatalog::load()) == measured);
  }
  SECTION("a table without its font file's stamp is not trusted") {
    auto at = text.find("\nhalt\t");
    std::string path = text.substr(at + 6, text.find('\t', at + 6) - (at + 6));
    auto stamp_line = text.find("stamp\t" + path + "\t");
    REQUIRE(stamp_line != std::string::npos);
    text.erase(stamp_line, text.find('\n', stamp_line) + 1 - stamp_line);
    std::ofstream(file) << text;
    CHECK(halts_of(*FontCatalog::load()) == measured);
  }
}
