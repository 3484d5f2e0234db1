#include "docx/docx_support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

#include <catch2/catch.hpp>
#include <minizip/unzip.h>

#include "export/docx/memory_file.h"

namespace docx_test {

using paiban::model::Block;
using paiban::model::BlockType;
using paiban::model::Run;

namespace {

Block block(BlockType type, std::vector<Run> runs, std::string label = {}, int level = 0) {
  Block b;
  b.type = type;
  b.runs = std::move(runs);
  b.label = std::move(label);
  b.level = level;
  return b;
}

Run text(std::string t) { return Run{std::move(t), false, false}; }
Run emphasis(std::string t) { return Run{std::move(t), true, false}; }
Run mark(std::string t) { return Run{std::move(t), false, true}; }

struct UnzipCloser {
  void operator()(void* z) const { unzClose(z); }  // minizip's unzFile is a void*
};

}  // namespace

paiban::model::Article sample_article() {
  paiban::model::Article a;
  a.title = "基层党组织建设的几点思考";
  a.subtitle = "——以某县为例";
  a.date = "2018-11-20";
  a.time = "06:29";
  a.journal = "党建研究";
  a.issue = "2018年11期";
  a.keywords = {"基层党组织", "组织力", "党员教育"};
  a.authors = {{"于君博", "", {"1", "*"}}, {"姜荣", "组织部长", {}}};
  a.affiliations = {"(某大学 马克思主义学院,甘肃 兰州 730000)"};
  a.abstract = "本文讨论基层党组织建设中的三个问题，提出相应的对策。";
  a.lead = "提升组织力是新时代基层党建的重点。";
  a.blocks = {
      block(BlockType::heading, {text("一、问题的提出")}, {}, 1),
      block(BlockType::paragraph,
            {text("近年来，基层党组织建设取得明显成效"), mark("①"), text("，但仍存在薄弱环节。")}),
      block(BlockType::heading, {text("(一)组织设置")}, {}, 2),
      block(BlockType::point,
            {emphasis("一是加强组织覆盖。"), text("在新兴领域建立党组织，做到应建尽建。")}, "一是"),
      block(BlockType::point, {emphasis("二是规范组织生活。"), text("严格落实“三会一课”制度。")},
            "二是"),
      block(BlockType::paragraph, {text("参见文献"), mark("[9]"), text("的讨论。")}),
      block(BlockType::footnote, {text("①数据来自2017年党内统计公报。")}, "①"),
      block(BlockType::footnote, {text("②本段未被引用的注释。")}, "②"),
  };
  a.editor = "张灵霞";
  a.related = {"从组织部门的“五个一”看优良部风", "当干部切忌“打官腔”"};
  return a;
}

const paiban::layout::LayoutSpec& handout_layout() {
  static const paiban::layout::LayoutSpec layout = paiban::layout::load_layout("handout-a4");
  return layout;
}

// Read with minizip's own reader, which checks each entry's CRC on close.
std::vector<std::pair<std::string, std::string>> unzip(const std::string& archive) {
  paiban::export_docx::MemoryFile file{archive};
  zlib_filefunc64_def functions = paiban::export_docx::memory_file_functions(file);
  std::unique_ptr<void, UnzipCloser> z(unzOpen2_64("memory", &functions));
  REQUIRE(z != nullptr);
  std::vector<std::pair<std::string, std::string>> entries;
  for (int err = unzGoToFirstFile(z.get()); err != UNZ_END_OF_LIST_OF_FILE; err = unzGoToNextFile(z.get())) {
    REQUIRE(err == UNZ_OK);
    unz_file_info64 info;
    std::string name(1024, '\0');
    REQUIRE(unzGetCurrentFileInfo64(z.get(), &info, name.data(), name.size(), nullptr, 0, nullptr, 0) == UNZ_OK);
    REQUIRE(info.size_filename < name.size());
    name.resize(info.size_filename);
    std::string bytes(info.uncompressed_size, '\0');
    REQUIRE(unzOpenCurrentFile(z.get()) == UNZ_OK);
    int got = unzReadCurrentFile(z.get(), bytes.data(), static_cast<unsigned>(bytes.size()));
    CHECK(unzCloseCurrentFile(z.get()) == UNZ_OK);
    REQUIRE(got == static_cast<int>(bytes.size()));
    entries.emplace_back(std::move(name), std::move(bytes));
  }
  return entries;
}

std::string entry(const std::string& archive, const std::string& name) {
  for (auto& [n, bytes] : unzip(archive))
    if (n == name) return bytes;
  return {};
}

std::unique_ptr<tinyxml2::XMLDocument> parse_xml(const std::string& xml) {
  auto doc = std::make_unique<tinyxml2::XMLDocument>();
  INFO(xml.substr(0, 200));
  REQUIRE(doc->Parse(xml.data(), xml.size()) == tinyxml2::XML_SUCCESS);
  return doc;
}

std::vector<const tinyxml2::XMLElement*> children(const tinyxml2::XMLElement* parent,
                                                  const char* name) {
  std::vector<const tinyxml2::XMLElement*> out;
  for (auto* e = parent->FirstChildElement(name); e; e = e->NextSiblingElement(name)) out.push_back(e);
  return out;
}

static void collect(const tinyxml2::XMLElement* e, const char* name,
                    std::vector<const tinyxml2::XMLElement*>& out) {
  if (std::string(e->Name()) == name) out.push_back(e);
  for (auto* c = e->FirstChildElement(); c; c = c->NextSiblingElement()) collect(c, name, out);
}

std::vector<const tinyxml2::XMLElement*> descendants(const tinyxml2::XMLElement* root,
                                                     const char* name) {
  std::vector<const tinyxml2::XMLElement*> out;
  collect(root, name, out);
  return out;
}

CommandResult run(const std::string& command) {
  paiban::test::CommandResult r = paiban::test::run(command);
  return CommandResult{r.exit_code, r.out};
}

}  // namespace docx_test
