#include "layout/set_blocks.h"

#include <atomic>
#include <exception>
#include <map>
#include <optional>

#include "threads/helper_thread.h"

namespace paiban::layout {

namespace {

// The style of most of the article's text (the body's): its face is wanted
// by both threads soon, and by one it is better made ready early than by
// both at once.
text::TextStyle most_used_style(const std::vector<BlockJob>& jobs) {
  std::map<std::pair<std::string, bool>, std::size_t> bytes;
  text::TextStyle most;
  std::size_t best = 0;
  for (const BlockJob& job : jobs)
    for (const text::Span& span : job.source->spans) {
      std::size_t& n = bytes[{span.style.role, span.style.bold}];
      n += span.text.size();
      if (n > best) {
        best = n;
        most = span.style;
      }
    }
  return most;
}

}  // namespace

std::vector<SetBlock> set_blocks(const std::vector<BlockJob>& jobs, const text::FontCatalog& fonts,
                                 const std::string& language, bool threads, const std::function<void()>& check,
                                 std::vector<std::string>& warnings) {
  std::vector<std::optional<SetBlock>> set(jobs.size());
  std::vector<std::vector<std::string>> block_warnings(jobs.size());
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  // Each thread takes the next unset block: paragraphs differ a hundredfold in
  // length, so a fixed split would leave one thread idle.
  auto work = [&](bool first_prepare) {
    try {
      if (first_prepare) {
        text::prepare_line_breaking();
        text::prepare_shaping(fonts, most_used_style(jobs), language);
      }
      for (std::size_t i; !failed && (i = next.fetch_add(1)) < jobs.size();) {
        if (check) check();
        const BlockJob& job = jobs[i];
        set[i] = set_block(*job.source, static_cast<int>(i), *job.style, fonts, job.width, language,
                           block_warnings[i]);
      }
    } catch (...) {
      failed = true;
      throw;
    }
  };
  if (threads && jobs.size() > 1) {
    // The helper opens ICU's line-breaking data while this thread shapes
    // the first block, which needs it next.
    auto helper = threads::start_helper([&work] { work(true); });
    std::exception_ptr mine;
    try {
      work(false);
    } catch (...) {
      mine = std::current_exception();
    }
    helper.wait();
    if (mine) std::rethrow_exception(mine);
    helper.get();
  } else {
    work(false);
  }
  std::vector<SetBlock> out;
  out.reserve(jobs.size());
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    out.push_back(std::move(*set[i]));
    warnings.insert(warnings.end(), block_warnings[i].begin(), block_warnings[i].end());
  }
  return out;
}

}  // namespace paiban::layout
