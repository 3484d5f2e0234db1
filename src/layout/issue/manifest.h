#pragma once
// The issue manifest (docs/issues.md): an XML file naming the journal, the
// issue, its date, an optional editor's note and cover image, and the article
// files in order, grouped into sections (栏目). Only reads and checks the XML;
// the articles themselves are parsed by the caller.
#include <string>
#include <vector>

namespace paiban::layout::issue {

struct ArticleRef {
  std::string path;        // resolved against the manifest's folder
  std::string as_written;  // the src attribute, for messages
  int line = 0;            // manifest line of the <article> element
};

// Articles written outside any <section> form a section with an empty name.
struct SectionRef {
  std::string name;
  std::vector<ArticleRef> articles;
};

struct Manifest {
  std::string source_path;
  std::string journal;      // 支部建设
  std::string number;       // 2014年10期
  std::string date;         // as written, e.g. 2014-10-01
  std::string editor_note;  // 编者按, may be empty
  std::string cover_image;  // resolved path of a PNG/JPEG, may be empty
  std::string layout;       // default layout NAME or resolved PATH, may be empty
  std::vector<SectionRef> sections;

  std::size_t article_count() const;
};

// Reads and checks PATH, and that a cover image is a readable PNG or JPEG.
// Throws paiban::Error: no_input when the manifest (or the cover image) cannot
// be read, data when it is not a valid manifest (file:line: element).
Manifest read_manifest(const std::string& path);
// The same for XML in memory; relative paths resolve against `base_dir`.
Manifest parse_manifest_xml(const std::string& xml, const std::string& source_path,
                            const std::string& base_dir);

}  // namespace paiban::layout::issue
