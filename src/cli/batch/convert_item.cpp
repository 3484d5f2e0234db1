#include "cli/batch/convert_item.h"

#include <chrono>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <optional>
#include <system_error>
#include <thread>

#include "cli/batch/sha256.h"
#include "cli/batch/stamp.h"
#include "cli/batch/watchdog.h"
#include "cli/output_file.h"
#include "layout/layout_article.h"
#include "model/error.h"
#include "paiban/version.h"
#include "parse/parse.h"

namespace paiban::cli::batch {

namespace fs = std::filesystem;

namespace {

// Refuses oversized files before reading them, so that memory stays bounded
// by the workers in flight whatever the archive holds.
std::string read_input(const fs::path& path, std::size_t max_bytes) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec))
    throw Error(ExitCode::no_input, path.string() + ": not a readable regular file");
  auto size = fs::file_size(path, ec);
  if (ec) throw Error(ExitCode::no_input, path.string() + ": " + ec.message());
  if (size > max_bytes)
    throw Error(ExitCode::data, path.string() + ": " + std::to_string(size) +
                                    " bytes, over the limit of " + std::to_string(max_bytes) +
                                    " (--max-bytes)");
  std::ifstream in(path, std::ios::binary);
  std::string bytes(size, '\0');
  if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(size)))
    throw Error(ExitCode::no_input, path.string() + ": cannot read");
  return bytes;
}

// Test hook: PAIBAN_BATCH_TEST_HANG=RELATIVE makes that input hang where a
// library could (tests/batch/timeout_test.cpp), since no real input is known
// to hang and the watchdog must still be tested.
void hang_if_asked(const InputEntry& entry) {
  const char* hang = std::getenv("PAIBAN_BATCH_TEST_HANG");
  if (!hang || entry.relative != hang) return;
  for (;;) std::this_thread::sleep_for(std::chrono::hours(1));
}

std::vector<WrittenOutput> outputs_of(const Stamp& stamp, const fs::path& dir) {
  std::vector<WrittenOutput> outputs;
  for (const OutputRecord& o : stamp.outputs)
    outputs.push_back({(dir / o.file).string(), o.format, o.bytes, o.pages});
  return outputs;
}

using Clock = std::chrono::steady_clock;

// The time an input may run, checked between its stages and by the layout
// before each block and page (a stage itself is not interrupted; the watchdog
// of batch_run.cpp catches one that hangs).
class Deadline {
 public:
  Deadline(Clock::time_point start, std::chrono::duration<double> timeout)
      : timeout_(timeout), end_(start + std::chrono::duration_cast<Clock::duration>(timeout)) {}
  std::optional<Clock::time_point> end() const {
    if (timeout_.count() > 0) return end_;
    return std::nullopt;
  }
  void check(const char* stage_done) const {
    if (timeout_.count() > 0 && Clock::now() > end_)
      throw layout::DeadlinePassed("ran past --timeout " + seconds_text(timeout_) + " (given up after " +
                                   stage_done + ")");
  }

 private:
  std::chrono::duration<double> timeout_;
  Clock::time_point end_;
};

// Renders and writes every format, then the stamp that marks them complete.
// WRITTEN collects each output as it is written.
void convert(const std::string& bytes, const InputEntry& entry, const ConvertSettings& settings,
             const Resources& resources, Stamp& stamp, const fs::path& stamp_file, const Deadline& deadline,
             std::vector<fs::path>& written) {
  fs::path relative(entry.relative);
  model::Article article = parse::parse_bytes(bytes, entry.source.string(), {settings.max_bytes});
  deadline.check("parsing");
  fs::path dir = make_output_dir(settings.out_root, relative.parent_path());
  // A run killed between outputs must not leave a stamp vouching for them.
  std::error_code ec;
  fs::remove(stamp_file, ec);
  std::string stem = relative.stem().string();
  hang_if_asked(entry);
  RenderOptions render = settings.render;
  render.deadline = deadline.end();
  for (Format format : settings.formats) {
    Rendered rendered;
    try {
      rendered = render_article(article, format, render, resources);
    } catch (const layout::DeadlinePassed&) {
      deadline.check("part of the layout");  // the layout stopped at the deadline: say so as between stages
      throw;
    }
    deadline.check(extension(format));
    std::string file = stem + "." + extension(format);
    write_file_atomically((dir / file).string(), rendered.bytes);
    written.push_back(dir / file);
    stamp.outputs.push_back({file, extension(format), static_cast<long long>(rendered.bytes.size()),
                             rendered.pages});
  }
  stamp.diagnostics = static_cast<int>(article.diagnostics.size());
  write_stamp(stamp_file, stamp);
}

}  // namespace

ItemResult convert_item(const InputEntry& entry, const ConvertSettings& settings,
                        const Resources& resources) {
  auto start = Clock::now();
  Deadline deadline(start, settings.timeout);
  std::vector<fs::path> written;
  ItemResult result{entry.relative, Status::failed, {}, 0, 0, entry.refusal};
  if (entry.refusal.empty()) {
    try {
      std::string bytes = read_input(entry.source, settings.max_bytes);
      deadline.check("reading");
      Stamp stamp{sha256_hex(bytes), settings.options_key, kVersion, 0, {}};
      fs::path dir = settings.out_root.given / fs::path(entry.relative).parent_path();
      fs::path stamp_file = stamp_path(settings.out_root.given, entry.relative);
      std::optional<Stamp> recorded = settings.force ? std::nullopt : read_stamp(stamp_file);
      if (recorded && is_up_to_date(*recorded, stamp, dir)) {
        result.status = Status::skipped;
        result.diagnostics = recorded->diagnostics;
        stamp = *recorded;
      } else {
        convert(bytes, entry, settings, resources, stamp, stamp_file, deadline, written);
        result.status = Status::ok;
        result.diagnostics = stamp.diagnostics;
      }
      result.outputs = outputs_of(stamp, dir);
    } catch (const layout::DeadlinePassed& e) {
      // Given up: none of its outputs stays, so that none passes for finished.
      result.status = Status::timeout;
      result.outputs.clear();
      result.error = e.what();
      std::error_code ec;
      for (const fs::path& p : written) fs::remove(p, ec);
    } catch (const std::exception& e) {
      result.status = Status::failed;
      result.outputs.clear();
      result.error = e.what();
    }
  }
  result.ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  return result;
}

}  // namespace paiban::cli::batch
