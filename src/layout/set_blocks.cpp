#include "layout/set_blocks.h"

#include <atomic>
#include <exception>
#include <future>
#include <optional>

namespace paiban::layout {

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
      if (first_prepare) text::prepare_line_breaking();
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
    auto helper = std::async(std::launch::async, work, true);
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
