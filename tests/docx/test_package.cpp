// The package itself: parts, content types, relationships, fixed bytes.
#include <cstdlib>
#include <ctime>
#include <set>

#include <catch2/catch.hpp>

#include "docx/docx_support.h"
#include "export/docx/docx.h"
#include "model/error.h"

using namespace docx_test;
using paiban::export_docx::write_docx;
using paiban::export_docx::write_flat_xml;

namespace {

std::vector<std::string> names(const std::string& archive) {
  std::vector<std::string> out;
  for (auto& [name, bytes] : unzip(archive)) out.push_back(name);
  return out;
}

std::uint16_t u16(const std::string& s, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(s[at]) |
                                    static_cast<unsigned char>(s[at + 1]) << 8);
}

// DOS time and date of every local header and central directory record.
std::vector<std::pair<std::uint16_t, std::uint16_t>> dos_stamps(const std::string& zip) {
  std::vector<std::pair<std::uint16_t, std::uint16_t>> stamps;
  for (std::size_t at = 0; at + 46 <= zip.size(); ++at) {
    if (zip.compare(at, 4, "PK\x03\x04") == 0) stamps.emplace_back(u16(zip, at + 10), u16(zip, at + 12));
    if (zip.compare(at, 4, "PK\x01\x02") == 0) stamps.emplace_back(u16(zip, at + 12), u16(zip, at + 14));
  }
  return stamps;
}

}  // namespace

TEST_CASE("the package holds its parts in a fixed order, content types first") {
  std::string docx = write_docx(sample_article(), handout_layout());
  CHECK(names(docx) == std::vector<std::string>{
                           "[Content_Types].xml", "_rels/.rels", "word/document.xml",
                           "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
                           "word/fontTable.xml", "word/header1.xml", "word/footer1.xml",
                           "word/footnotes.xml", "docProps/core.xml", "docProps/app.xml"});

  SECTION("without footnotes there is no footnotes part and no relationship to one") {
    auto article = sample_article();
    for (auto& b : article.blocks)
      for (auto& r : b.runs) r.footnote_ref = false;
    std::string plain = write_docx(article, handout_layout());
    auto n = names(plain);
    CHECK(std::find(n.begin(), n.end(), "word/footnotes.xml") == n.end());
    CHECK(entry(plain, "word/_rels/document.xml.rels").find("footnotes") == std::string::npos);
    CHECK(entry(plain, "word/settings.xml").find("footnotePr") == std::string::npos);
  }
}

TEST_CASE("every part has a content type and every relationship a target") {
  std::string docx = write_docx(sample_article(), handout_layout());
  auto types = parse_xml(entry(docx, "[Content_Types].xml"));
  std::set<std::string> overridden;
  for (auto* o : children(types->RootElement(), "Override")) overridden.insert(o->Attribute("PartName"));
  for (auto& [name, bytes] : unzip(docx)) {
    bool rels = name.size() > 5 && name.substr(name.size() - 5) == ".rels";
    if (name == "[Content_Types].xml" || rels) continue;
    CHECK(overridden.count("/" + name) == 1);
  }
  CHECK(overridden.size() == unzip(docx).size() - 3);  // minus the types and two .rels parts

  for (auto [rels, base] : {std::pair{"_rels/.rels", ""}, std::pair{"word/_rels/document.xml.rels", "word/"}}) {
    auto doc = parse_xml(entry(docx, rels));
    auto list = children(doc->RootElement(), "Relationship");
    CHECK(!list.empty());
    for (auto* r : list) {
      INFO(r->Attribute("Target"));
      CHECK(!entry(docx, std::string(base) + r->Attribute("Target")).empty());
    }
  }
}

TEST_CASE("the same article gives the same bytes, whatever the time zone") {
  auto article = sample_article();
  std::string first = write_docx(article, handout_layout());
  CHECK(write_docx(article, handout_layout()) == first);
  CHECK(write_flat_xml(article, handout_layout()) == write_flat_xml(article, handout_layout()));

  const char* old = std::getenv("TZ");
  std::string saved = old ? old : "";
  for (const char* zone : {"Asia/Shanghai", "America/Los_Angeles", "UTC"}) {
    setenv("TZ", zone, 1);
    tzset();
    INFO(zone);
    CHECK(write_docx(article, handout_layout()) == first);
  }
  if (old) setenv("TZ", saved.c_str(), 1); else unsetenv("TZ");
  tzset();
}

TEST_CASE("zip entries carry the fixed 1980-01-01 00:00 stamp") {
  std::string docx = write_docx(sample_article(), handout_layout());
  auto stamps = dos_stamps(docx);
  REQUIRE(stamps.size() == 2 * unzip(docx).size());
  for (auto [time, date] : stamps) {
    CHECK(time == 0);
    CHECK(date == ((0 << 9) | (1 << 5) | 1));  // year 1980 + 0, January, 1st
  }
}

TEST_CASE("core properties: title, authors, subject, keywords and fixed dates") {
  auto article = sample_article();
  SECTION("dates from the article when no timestamp is given") {
    auto core = parse_xml(entry(write_docx(article, handout_layout()), "docProps/core.xml"));
    auto* root = core->RootElement();
    CHECK(std::string(root->FirstChildElement("dc:title")->GetText()) == article.title);
    CHECK(std::string(root->FirstChildElement("dc:creator")->GetText()) == "于君博；姜荣");
    CHECK(std::string(root->FirstChildElement("dc:subject")->GetText()) == "党建研究 2018年11期");
    CHECK(std::string(root->FirstChildElement("cp:keywords")->GetText()) == "基层党组织；组织力；党员教育");
    CHECK(std::string(root->FirstChildElement("dcterms:created")->GetText()) == "2018-11-20T06:29:00Z");
    CHECK(std::string(root->FirstChildElement("dcterms:modified")->GetText()) == "2018-11-20T06:29:00Z");
  }
  SECTION("an explicit timestamp wins") {
    paiban::export_docx::DocxOptions options;
    options.timestamp = 1700000000;
    auto core = parse_xml(entry(write_docx(article, handout_layout(), options), "docProps/core.xml"));
    CHECK(std::string(core->RootElement()->FirstChildElement("dcterms:created")->GetText()) ==
          "2023-11-14T22:13:20Z");
  }
  SECTION("an article without a date falls back to 2000-01-01") {
    article.date.clear();
    auto core = parse_xml(entry(write_docx(article, handout_layout()), "docProps/core.xml"));
    CHECK(std::string(core->RootElement()->FirstChildElement("dcterms:created")->GetText()) ==
          "2000-01-01T00:00:00Z");
  }
}

TEST_CASE("the flat XML holds exactly the package's parts") {
  auto article = sample_article();
  std::string docx = write_docx(article, handout_layout());
  auto flat = parse_xml(write_flat_xml(article, handout_layout()));
  auto* package = flat->RootElement();
  REQUIRE(std::string(package->Name()) == "pkg:package");
  CHECK(std::string(package->Attribute("xmlns:pkg")) == "http://schemas.microsoft.com/office/2006/xmlPackage");
  // Word recognises the file by this processing instruction.
  CHECK(write_flat_xml(article, handout_layout()).find(R"(<?mso-application progid="Word.Document"?>)") !=
        std::string::npos);

  auto parts = children(package, "pkg:part");
  CHECK(parts.size() == unzip(docx).size() - 1);  // all but [Content_Types].xml
  auto types = parse_xml(entry(docx, "[Content_Types].xml"));
  for (auto* part : parts) {
    std::string name = part->Attribute("pkg:name");
    INFO(name);
    REQUIRE(name.front() == '/');
    auto zipped = parse_xml(entry(docx, name.substr(1)));
    tinyxml2::XMLPrinter a(nullptr, true), b(nullptr, true);
    zipped->RootElement()->Accept(&a);
    part->FirstChildElement("pkg:xmlData")->FirstChildElement()->Accept(&b);
    CHECK(std::string(a.CStr()) == std::string(b.CStr()));
    if (name.find(".rels") != std::string::npos) continue;
    bool typed = false;
    for (auto* o : children(types->RootElement(), "Override"))
      typed |= name == o->Attribute("PartName") &&
               std::string(part->Attribute("pkg:contentType")) == o->Attribute("ContentType");
    CHECK(typed);
  }
}
