// Hostile layout files and font files, through the commands that load them:
// each refused with exit 65 (66 when missing) and one clear line, and no
// output left behind.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "hardening/harness.h"

using namespace hardening;
using namespace std::string_literals;  // "..."s keeps embedded NUL bytes

namespace {

const std::vector<std::string> kNoFiles;

// The commands that load a layout, with the output each writes.
struct Command {
  std::string name, output;
};
const std::vector<Command> kCommands{{"layout", "a.txt"}, {"render", "a.pdf"}, {"render", "a.docx"}};
// Every command that loads a layout also applies its <fonts> roles.
const std::vector<Command>& kFontCommands = kCommands;


std::string layout_with(const std::string& inside) {
  return "<?xml version=\"1.0\"?>\n<layout name=\"hostile\">\n" + inside + "\n</layout>\n";
}

struct Setup {
  ScratchDir dir;
  Setup() {
    fs::create_directory(dir / "out");
    write_bytes(dir / "article.txt", example_article());
  }
  Run run(const Command& c, const std::string& layout_xml, const Limits& limits = {}) const {
    write_bytes(dir / "hostile.xml", layout_xml);
    return run_with_path(c, (dir / "hostile.xml").string(), limits);
  }
  Run run_with_path(const Command& c, const std::string& layout, const Limits& limits = {}) const {
    return run_cli({c.name, (dir / "article.txt").string(), "--layout", layout, "-o", (dir / "out" / c.output).string()},
                   limits);
  }
};

std::string nested(int depth) {
  std::string s;
  for (int i = 0; i < depth; ++i) s += "<styles>";
  for (int i = 0; i < depth; ++i) s += "</styles>";
  return s;
}

}  // namespace

TEST_CASE("hostile layout files are refused cleanly") {
  const std::string page = "<page size=\"A5\"/>";
  const std::vector<std::pair<std::string, std::string>> cases{
      {"empty file", ""},
      {"not XML", "hello, I am not a layout"},
      {"binary", "\x89PNG\r\n\x1a\n\0\0\0"s + std::string(300, '\xFE')},
      {"wrong root", "<?xml version=\"1.0\"?><html><body/></html>"},
      {"unclosed", "<layout name=\"x\"><page size=\"A5\">"},
      {"huge font size", layout_with(page + "<styles><style kind=\"paragraph\" size=\"1e308\"/></styles>")},
      {"negative font size", layout_with(page + "<styles><style kind=\"paragraph\" size=\"-3\"/></styles>")},
      {"zero font size", layout_with(page + "<styles><style kind=\"paragraph\" size=\"0\"/></styles>")},
      {"NaN font size", layout_with(page + "<styles><style kind=\"paragraph\" size=\"nan\"/></styles>")},
      {"infinite leading", layout_with(page + "<styles><style kind=\"paragraph\" leading=\"inf\"/></styles>")},
      {"huge page", layout_with("<page width=\"1e300mm\" height=\"1e300mm\"/>")},
      {"negative page", layout_with("<page width=\"-148mm\" height=\"210mm\"/>")},
      {"negative margin", layout_with("<page size=\"A5\"><margins top=\"-20mm\"/></page>")},
      {"margins wider than the page", layout_with("<page size=\"A5\"><margins inner=\"100mm\" outer=\"100mm\"/></page>")},
      {"grid overflowing int", layout_with("<page size=\"A5\"><grid chars=\"99999999999999999999\" lines=\"28\"/></page>")},
      {"grid larger than the page", layout_with("<page size=\"A5\"><grid chars=\"100\" lines=\"200\"/></page>")},
      {"huge column count", layout_with("<page size=\"A5\" columns=\"4294967297\"/>")},
      {"deep nesting", layout_with(page + nested(100000))},
      {"larger than 1 MiB", layout_with(page + "<!--" + std::string(2u << 20, 'x') + "-->")},
      {"entity expansion attempt",
       "<?xml version=\"1.0\"?><!DOCTYPE layout [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
       "<layout name=\"&b;\"><page size=\"&b;\"/></layout>"},
      {"a template field that does not exist", layout_with(page + "<header left=\"{nope}\" right=\"{title}\"/>")},
  };
  for (const Command& c : kCommands)
    for (const auto& [what, xml] : cases) {
      SECTION(c.name + " " + c.output + ": " + what) {
        Setup s;
        Run r = s.run(c, xml);
        CHECK_CLEAN_FAILURE(r, 65, s.dir / "out", kNoFiles);
      }
    }
}

TEST_CASE("a layout that does not exist") {
  for (const Command& c : kCommands) {
    Setup s;
    SECTION(c.name + " " + c.output + ": missing file") {
      Run r = s.run_with_path(c, (s.dir / "nope.xml").string());
      CHECK_CLEAN_FAILURE(r, 66, s.dir / "out", kNoFiles);
    }
    SECTION(c.name + " " + c.output + ": unknown name") {
      Run r = s.run_with_path(c, "no-such-layout");
      CHECK_CLEAN_FAILURE(r, 2, s.dir / "out", kNoFiles);
    }
  }
}

namespace {

// A private fontconfig setup: the system's fonts plus a folder of our own,
// with its cache in the scratch folder, given to the child by FONTCONFIG_FILE.
struct FontSetup : Setup {
  FontSetup() {
    fs::create_directory(dir / "fonts");
    write_bytes(dir / "fonts.conf",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
                "  <cachedir>" + (dir / "cache").string() + "</cachedir>\n"
                "  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n"
                "  <dir>" + (dir / "fonts").string() + "</dir>\n</fontconfig>\n");
  }
  Limits env() const { return Limits{0, {"FONTCONFIG_FILE=" + (dir / "fonts.conf").string()}}; }
  // Latin letters and digits of body text in `family`.
  Run run_latin(const Command& c, const std::string& family) const {
    return run(c, layout_with("<page size=\"A5\"/><fonts><role name=\"latin\" families=\"" + family + "\"/></fonts>"),
               env());
  }
};

// A small real TrueType font (DejaVu Serif's Latin, renamed Paiban Latin).
std::string latin_font() {
  return read_bytes(fs::path(PAIBAN_TESTS_DIR) / "hardening" / "data" / "paiban-latin.ttf");
}

void check_missing_family(const std::vector<Command>& commands) {
  for (const Command& c : commands) {
    Setup s;
    Run r = s.run(c, layout_with("<page size=\"A5\"/><fonts><role name=\"body\" families=\"Paiban No Such Font\"/></fonts>"));
    CHECK_CLEAN_FAILURE(r, 65, s.dir / "out", kNoFiles);
    CHECK(r.err.find("Paiban No Such Font") != std::string::npos);
  }
}

void check_not_a_font(const std::vector<Command>& commands) {
  for (const Command& c : commands) {
    FontSetup s;
    write_bytes(s.dir / "fonts" / "paiban-garbage.ttf", "this is not a font, whatever its name says\n");
    Run r = s.run_latin(c, "paiban-garbage");
    CHECK_CLEAN_FAILURE(r, 65, s.dir / "out", kNoFiles);
  }
}

void check_truncated_font(const std::vector<Command>& commands, std::size_t size, const std::string& family) {
  const std::string font = latin_font();
  for (const Command& c : commands) {
    FontSetup s;
    write_bytes(s.dir / "fonts" / "paiban-cut.ttf", font.substr(0, size));
    Run r = s.run_latin(c, family);
    CHECK_CLEAN_FAILURE(r, 65, s.dir / "out", kNoFiles);
  }
}

}  // namespace

TEST_CASE("a layout naming a font family that is not installed") { check_missing_family(kFontCommands); }

TEST_CASE("a font of our own works, so the cases below test the damage, not the setup") {
  for (const Command& c : kCommands) {
    FontSetup s;
    write_bytes(s.dir / "fonts" / "paiban-latin.ttf", latin_font());
    Run r = s.run_latin(c, "Paiban Latin");
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(fs::exists(s.dir / "out" / c.output));
  }
}

TEST_CASE("a font file that is not a font is never used") { check_not_a_font(kFontCommands); }

TEST_CASE("a font file cut after its header is refused cleanly") {
  // Cut before the name table, fontconfig names the family after the file.
  check_truncated_font(kFontCommands, 600, "paiban-cut");
}

// The table directory and the name table survive, so fontconfig lists the
// family, but the glyph outlines are cut off: the catalog's structural check
// (text/font_file_check.h) refuses the file.
TEST_CASE("a font file cut inside its glyph outlines is refused cleanly") {
  check_truncated_font(kFontCommands, 8692, "Paiban Latin");
}

// The example article with some 140,000 characters of paragraphs put into
// its body (after the body comes its list of related articles), each numbered
// so that none is taken for a repeat.
std::string very_long_article() {
  const std::string example = example_article();
  const std::string sentence = "基层党组织是党在社会基层组织中的战斗堡垒,是党的全部工作和战斗力的基础。";
  std::string paragraphs;
  for (int i = 0; i < 1400; ++i) {
    paragraphs += "第" + std::to_string(i) + "段:";
    for (int k = 0; k < 3; ++k) paragraphs += sentence;
    paragraphs += "\n";
  }
  std::size_t body = example.find("当前,天镇县的中心和大局工作");
  REQUIRE(body != std::string::npos);
  return example.substr(0, body) + paragraphs + example.substr(body);
}

TEST_CASE("a layout that would run to thousands of pages stops at the page limit") {
  // The smallest text block the loader takes, 4 lines of 6 characters: the
  // article fills more than 5000 pages.
  const std::string layout = layout_with(
      "<page width=\"52mm\" height=\"52mm\"><margins top=\"10mm\" bottom=\"10mm\" inner=\"10mm\" outer=\"10mm\"/></page>"
      "<styles><style kind=\"paragraph\" size=\"14\" leading=\"1.5\"/></styles>");
  for (const Command& c : {Command{"layout", "a.txt"}, Command{"render", "a.pdf"}}) {
    SECTION(c.name + " " + c.output) {
      Setup s;
      write_bytes(s.dir / "article.txt", very_long_article());
      Run r = s.run(c, layout);
      CHECK_CLEAN_FAILURE(r, 65, s.dir / "out", kNoFiles);
      CHECK(r.err.find("more than 5000 pages") != std::string::npos);
    }
  }
}
