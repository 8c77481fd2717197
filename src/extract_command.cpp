// `crimestats extract`: inputs -> pipeline -> writer, on N threads, with
// output in input order, nightly state, shards and progress.
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "commands.hpp"
#include "crimestats/boilerplate.hpp"
#include "crimestats/inputs.hpp"
#include "crimestats/jsonl_input.hpp"
#include "crimestats/lexicon.hpp"
#include "crimestats/loader.hpp"
#include "crimestats/memory.hpp"
#include "crimestats/output.hpp"
#include "crimestats/pipeline.hpp"
#include "crimestats/shard.hpp"
#include "crimestats/state.hpp"
#include "crimestats/writer.hpp"

namespace crimestats {
namespace {

namespace fs = std::filesystem;

// One unit of work: a file (or stdin), or one line of a JSON Lines stream.
struct WorkItem {
  InputFile file;
  std::string where;  // path for messages: the file, "-", or "FILE:LINE"
  bool jsonl_line = false;
  std::string line;
  std::size_t line_number = 0;
};

// What became of one work item.
struct Outcome {
  std::string bytes;  // formatted records
  std::string where;  // the input, for the error message
  std::string error;
  bool skipped = false;      // unchanged since the state's last run, or another shard's
  std::string state_key;     // absolute path, for --state; empty for streams
  FileStamp stamp;
  bool stamp_changed = false;  // skipped, but the state should learn a new mtime
  std::uint64_t input_bytes = 0;
};

// A raw file, read whole after a size check so an oversized file is never
// read. `bytes` views a per-thread buffer that every file is read into (a
// new string per file was zero-filled before the read): it is valid until
// the thread's next read_file.
struct RawFile {
  std::string_view bytes;
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
};

RawFile read_file(const InputFile& file, std::size_t max_bytes) {
  // A file found in a folder is opened by its name in the folder, which
  // the walker holds open: the kernel then resolves one name, not a path.
  const int fd = file.folder ? ::openat(file.folder->fd(), file.name.c_str(), O_RDONLY | O_CLOEXEC)
                             : ::open(file.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw InputError(fmt::format("cannot read: {}", std::strerror(errno)));
  struct stat st{};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    throw InputError("not a regular file");
  }
  RawFile raw;
  raw.size = static_cast<std::uint64_t>(st.st_size);
  raw.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  if (raw.size > max_bytes) {
    ::close(fd);
    throw InputError(fmt::format("larger than --max-bytes ({} > {} bytes)", raw.size, max_bytes));
  }
  struct Buffer {
    std::unique_ptr<char[]> bytes;  // not initialised: only read where read() wrote
    std::size_t size = 0;
  };
  thread_local Buffer buffer;
  if (buffer.size < raw.size) {
    buffer.size = std::max<std::size_t>(raw.size, 2 * buffer.size);
    buffer.bytes.reset(new char[buffer.size]);
  }
  std::size_t got = 0;
  int read_errno = 0;
  while (got < raw.size) {
    const ssize_t n = ::read(fd, buffer.bytes.get() + got, raw.size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) read_errno = errno;
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  if (read_errno != 0) throw InputError(fmt::format("cannot read: {}", std::strerror(read_errno)));
  raw.bytes = std::string_view(buffer.bytes.get(), got);  // a file that shrank while being read is cut short
  return raw;
}

std::string read_stdin(std::size_t max_bytes) {
  std::string data;
  char buffer[1 << 16];
  while (true) {
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw InputError(fmt::format("cannot read: {}", std::strerror(errno)));
    if (n == 0) break;
    data.append(buffer, static_cast<std::size_t>(n));
    if (data.size() > max_bytes) throw InputError(fmt::format("larger than --max-bytes ({} bytes)", max_bytes));
  }
  return data;
}

Date date_of(std::int64_t mtime_ns) {
  const std::int64_t seconds = mtime_ns / 1000000000;
  return Date::from_days_since_epoch(static_cast<long>(seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400));
}

// Paths listed one per line (or NUL-separated) in a file or stdin.
std::vector<std::string> read_path_list(const std::string& source, bool nul_separated) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (source != "-") {
    file.open(source, std::ios::binary);
    if (!file) throw std::runtime_error(fmt::format("{}: cannot read path list", source));
    in = &file;
  }
  std::vector<std::string> paths;
  std::string item;
  while (std::getline(*in, item, nul_separated ? '\0' : '\n')) {
    if (!nul_separated && !item.empty() && item.back() == '\r') item.pop_back();
    if (!item.empty()) paths.push_back(item);
  }
  return paths;
}

// Shows "files, MB, rate, ETA" on a terminal a few times a second. The
// total for the ETA is counted by a second, cheap walk of the inputs in
// the background, so the run never waits for it or holds the list.
class Progress {
 public:
  Progress(bool enabled, const std::vector<std::string>& paths) : enabled_(enabled) {
    if (!enabled_) return;
    counter_ = std::thread([this, paths] {
      InputWalker walker(paths, [](const std::string&, const std::string&) {});
      std::size_t n = 0;
      while (!stop_.load(std::memory_order_relaxed) && walker.next()) ++n;
      if (!stop_.load(std::memory_order_relaxed)) total_.store(n, std::memory_order_relaxed);
    });
    printer_ = std::thread([this] { loop(); });
  }
  ~Progress() {
    if (!enabled_) return;
    stop_.store(true, std::memory_order_relaxed);
    {
      std::lock_guard lock(mutex_);
      done_flag_ = true;
    }
    wake_.notify_all();
    printer_.join();
    counter_.join();
    std::cerr << "\r\033[K" << std::flush;
  }
  void add(std::uint64_t bytes) {
    files_.fetch_add(1, std::memory_order_relaxed);
    bytes_.fetch_add(bytes, std::memory_order_relaxed);
  }

 private:
  void loop() {
    const auto start = std::chrono::steady_clock::now();
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, std::chrono::milliseconds(250), [this] { return done_flag_; })) {
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      const std::size_t files = files_.load(std::memory_order_relaxed);
      const std::size_t total = total_.load(std::memory_order_relaxed);
      const double mb = static_cast<double>(bytes_.load(std::memory_order_relaxed)) / 1e6;
      const double rate = mb / std::max(seconds, 1e-3);
      std::string line = fmt::format("crimestats: {} files, {:.1f} MB, {:.1f} MB/s", files, mb, rate);
      if (total > 0 && files > 0 && files <= total) {
        const auto eta = static_cast<long>(seconds / static_cast<double>(files) * static_cast<double>(total - files));
        line = fmt::format("crimestats: {}/{} files, {:.1f} MB, {:.1f} MB/s, ETA {}:{:02d}", files, total, mb, rate,
                           eta / 60, eta % 60);
      }
      std::cerr << "\r\033[K" << line << std::flush;
    }
  }

  bool enabled_;
  std::atomic<bool> stop_{false};
  std::atomic<std::size_t> total_{0};
  std::atomic<std::size_t> files_{0};
  std::atomic<std::uint64_t> bytes_{0};
  std::mutex mutex_;
  std::condition_variable wake_;
  bool done_flag_ = false;
  std::thread counter_;
  std::thread printer_;
};

// Runs `work` over the items `next` yields, on `jobs` threads (the calling
// thread is one of them), and hands each outcome to `emit` in item order.
// At most `window` outcomes wait to be emitted, so memory stays bounded
// however many items there are. There is no writing thread: whichever
// thread stores the next outcome in order emits it and every ready one
// after it, so no thread is woken to write and none sits idle on a core.
void run_ordered(unsigned jobs, const std::function<std::optional<WorkItem>()>& next,
                 const std::function<Outcome(const WorkItem&)>& work, const std::function<void(Outcome&)>& emit) {
  if (jobs <= 1) {
    while (std::optional<WorkItem> item = next()) {
      Outcome outcome = work(*item);
      emit(outcome);
    }
    return;
  }
  const std::size_t window = std::max<std::size_t>(16, 8 * static_cast<std::size_t>(jobs));
  std::vector<std::optional<Outcome>> slots(window);
  std::mutex mutex;            // guards everything below but `emitting`
  std::mutex emitting;         // held by the one thread emitting
  std::condition_variable room;  // the window has a free slot, or the run ends
  std::size_t waiting = 0;
  std::size_t taken = 0, emitted = 0;
  bool exhausted = false, stop = false;
  std::exception_ptr producer_error, emit_error;

  // Emits ready outcomes in order if no other thread is doing so. A thread
  // that finds `emitting` taken leaves its outcome to the holder, which
  // looks again after letting go, so no ready outcome is left behind.
  const auto drain = [&] {
    while (emitting.try_lock()) {
      while (true) {
        Outcome outcome;
        {
          std::lock_guard lock(mutex);
          std::optional<Outcome>& slot = slots[emitted % window];
          if (stop || !slot) break;
          outcome = std::move(*slot);
          slot.reset();
        }
        try {
          emit(outcome);
        } catch (...) {
          std::lock_guard lock(mutex);
          emit_error = std::current_exception();
          stop = true;
          room.notify_all();
          break;
        }
        std::lock_guard lock(mutex);
        ++emitted;
        if (waiting > 0) room.notify_one();
      }
      emitting.unlock();
      std::lock_guard lock(mutex);
      if (stop || !slots[emitted % window]) return;
    }
  };

  const auto worker = [&] {
    while (true) {
      std::optional<WorkItem> item;
      std::size_t index;
      {
        std::unique_lock lock(mutex);
        while (!(stop || exhausted || taken < emitted + window)) {
          ++waiting;
          room.wait(lock);
          --waiting;
        }
        if (stop || exhausted) return;
        try {
          item = next();
        } catch (...) {
          producer_error = std::current_exception();
          item.reset();
        }
        if (!item) {
          exhausted = true;
          room.notify_all();
          return;
        }
        index = taken++;
      }
      Outcome outcome = work(*item);
      {
        std::lock_guard lock(mutex);
        slots[index % window] = std::move(outcome);
      }
      drain();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  if (emit_error) std::rethrow_exception(emit_error);
  if (producer_error) std::rethrow_exception(producer_error);
}

}  // namespace

void report(const std::string& where, const std::string& what) {
  std::cerr << fmt::format("crimestats: {}: {}\n", where, what);
}

int run_extract(const ExtractSettings& settings) {
  // Settings first: every usage error before any work.
  PipelineOptions pipeline_options;
  if (!settings.reference_date.empty()) {
    pipeline_options.reference_date = parse_iso_date(settings.reference_date);
    if (!pipeline_options.reference_date) {
      report("--reference-date", fmt::format("not a valid YYYY-MM-DD date: {}", settings.reference_date));
      return kExitUsage;
    }
  }
  pipeline_options.date_order = settings.date_order == "mdy" ? DateOrder::mdy : DateOrder::dmy;
  const auto format = parse_output_format(settings.format);
  const auto input_format = parse_input_format(settings.input_format);
  std::optional<Shard> shard;
  if (!settings.shard.empty()) {
    shard = parse_shard(settings.shard);
    if (!shard) {
      report("--shard", fmt::format("expected K/N with 1 <= K <= N, got {}", settings.shard));
      return kExitUsage;
    }
  }
  if (!format || !input_format) {
    report("--format", "unknown format");
    return kExitUsage;
  }
  if (settings.append && settings.output.empty()) {
    report("--append", "needs --output FILE");
    return kExitUsage;
  }
  if (settings.append && *format == OutputFormat::json) {
    report("--append", "a JSON array cannot be appended to: use --format jsonl");
    return kExitUsage;
  }

  WriteOptions write_options;
  write_options.spans = !settings.no_spans;
  write_options.emit_text = settings.emit_text;
  const auto writer = make_writer(*format, write_options);

  std::optional<Pipeline> pipeline;
  std::optional<BoilerplateFilter> boilerplate;
  try {
    reserve_start_up_heap();
    const fs::path data_dir = settings.data_dir.empty() ? default_data_dir() : fs::path(settings.data_dir);
    pipeline.emplace(make_all_extractors(data_dir));
    if (!settings.keep_boilerplate) boilerplate.emplace(data_dir);
  } catch (const std::exception& e) {
    std::cerr << "crimestats: " << e.what() << '\n';
    return kExitUsage;
  }
  LoadOptions load_options;
  load_options.max_bytes = settings.max_bytes;
  load_options.boilerplate = boilerplate ? &*boilerplate : nullptr;

  // Called from any worker thread: by the producer and by whichever
  // thread is emitting.
  std::atomic<bool> failed{false};
  std::mutex report_mutex;
  const auto on_input_error = [&](const std::string& path, const std::string& reason) {
    std::lock_guard lock(report_mutex);
    report(path, reason);
    failed = true;
  };
  std::vector<std::string> paths = settings.paths;
  if (!settings.files_from.empty()) {
    try {
      const auto listed = read_path_list(settings.files_from, settings.files_from_nul);
      paths.insert(paths.end(), listed.begin(), listed.end());
      if (paths.empty()) return kExitOk;  // an empty list is an empty run, not stdin
    } catch (const std::exception& e) {
      std::cerr << "crimestats: " << e.what() << '\n';
      return kExitUsage;
    }
  }
  InputWalker inputs(paths, on_input_error);

  std::optional<RunState> state;
  std::map<std::string, FileStamp> known;  // the state as the run began
  try {
    if (!settings.state.empty()) {
      state.emplace(settings.state, settings.append ? settings.output : std::string());
      known = state->entries();
    }
  } catch (const StateLocked& e) {
    std::cerr << "crimestats: " << e.what() << '\n';
    return kExitLocked;
  } catch (const std::exception& e) {
    std::cerr << "crimestats: " << e.what() << '\n';
    return kExitInputFailed;
  }

  // The producer: files in order; a JSON Lines file is streamed line by line.
  std::ifstream jsonl_file;
  std::istream* jsonl_stream = nullptr;
  std::string jsonl_where;
  std::size_t jsonl_line = 0;
  const auto is_jsonl = [&](const InputFile& in) {
    if (*input_format == InputFormat::jsonl) return true;
    return *input_format == InputFormat::automatic && !in.path.empty() &&
           detect_format(in.path.string(), {}) == InputFormat::jsonl;
  };
  const auto next = [&]() -> std::optional<WorkItem> {
    while (true) {
      if (jsonl_stream) {
        std::string line;
        if (std::getline(*jsonl_stream, line)) {
          ++jsonl_line;
          WorkItem item;
          item.jsonl_line = true;
          item.line = std::move(line);
          item.line_number = jsonl_line;
          item.where = jsonl_where;
          return item;
        }
        jsonl_stream = nullptr;
        jsonl_file.close();
      }
      std::optional<InputFile> next_file = inputs.next();
      if (!next_file) return std::nullopt;
      InputFile& in = *next_file;
      std::string where = in.path.empty() ? "-" : in.path.string();
      if (is_jsonl(in)) {
        jsonl_where = where;
        jsonl_line = 0;
        if (in.path.empty()) {
          jsonl_stream = &std::cin;
        } else {
          jsonl_file.clear();
          jsonl_file.open(in.path, std::ios::binary);
          if (!jsonl_file) {
            on_input_error(where, fmt::format("cannot read: {}", std::strerror(errno)));
            continue;
          }
          jsonl_stream = &jsonl_file;
        }
        continue;
      }
      if (shard && !shard->owns(in.id)) continue;
      return WorkItem{std::move(in), std::move(where), false, {}, 0};
    }
  };

  const auto work = [&](const WorkItem& item) -> Outcome {
    Outcome outcome;
    try {
      Document doc;
      if (item.jsonl_line) {
        if (item.line.find_first_not_of(" \t\r") == std::string::npos) {
          outcome.skipped = true;
          return outcome;
        }
        doc = parse_jsonl_record(item.line, item.where, item.line_number, load_options);
        outcome.input_bytes = item.line.size();
        if (shard && !shard->owns(doc.id)) {
          outcome.skipped = true;
          return outcome;
        }
      } else if (item.file.path.empty()) {
        const std::string raw = read_stdin(load_options.max_bytes);
        outcome.input_bytes = raw.size();
        doc = load_article(raw, item.file.id, "-", *input_format, load_options);
      } else {
        RawFile raw = read_file(item.file, load_options.max_bytes);
        outcome.input_bytes = raw.size;
        if (state) {
          std::error_code ec;
          outcome.state_key = fs::absolute(item.file.path, ec).lexically_normal().string();
          outcome.stamp = FileStamp{raw.size, raw.mtime_ns, ""};
          const auto seen = known.find(outcome.state_key);
          if (seen != known.end() && seen->second.size == raw.size && seen->second.mtime_ns == raw.mtime_ns) {
            outcome.skipped = true;
            return outcome;
          }
          outcome.stamp.sha256 = sha256_hex(raw.bytes);
          if (seen != known.end() && seen->second.sha256 == outcome.stamp.sha256) {
            outcome.skipped = true;  // touched, not changed
            outcome.stamp_changed = true;
            return outcome;
          }
        }
        doc = load_article_view(raw.bytes, item.file.id, item.where, *input_format, load_options);
        doc.modified = date_of(raw.mtime_ns);
      }
      outcome.bytes = writer->format(pipeline->run(std::move(doc), pipeline_options));
    } catch (const std::exception& e) {  // JsonlLineError's message names its line
      outcome.where = item.where;
      outcome.error = e.what();
    }
    return outcome;
  };

  Progress progress(!settings.quiet && ::isatty(STDERR_FILENO), paths);
  try {
    Output output(settings.output, settings.append ? Output::Mode::append : Output::Mode::replace);
    const bool durable = state && settings.append;
    if (!settings.append || output.size() == 0) output.write(writer->header());
    bool any = false;
    // Records appended under --state go out in batches: intents, bytes,
    // one fsync, commit.
    std::vector<RunState::Intent> intents;
    std::string batch;
    std::vector<std::pair<std::string, FileStamp>> settle_after_commit;
    const auto flush_batch = [&] {
      if (batch.empty()) return;
      state->intend(intents);
      output.write(batch);
      output.sync();
      state->commit();
      intents.clear();
      batch.clear();
    };
    // Records go out in writes of about 256 KiB rather than one system call
    // each.
    std::string pending;
    const auto flush_pending = [&] {
      output.write(pending);
      pending.clear();
    };
    const std::string separator = writer->separator();
    const auto emit = [&](Outcome& outcome) {
      if (!outcome.error.empty()) {
        on_input_error(outcome.where, outcome.error);
        return;
      }
      progress.add(outcome.input_bytes);
      if (outcome.skipped) {
        if (state && outcome.stamp_changed) state->record(outcome.state_key, outcome.stamp);
        return;
      }
      if (any && !separator.empty()) outcome.bytes.insert(0, separator);
      const std::string& bytes = outcome.bytes;
      any = true;
      if (durable) {
        if (!outcome.state_key.empty()) {
          intents.push_back(RunState::Intent{outcome.state_key, outcome.stamp, output.size() + batch.size(), bytes.size()});
        }
        batch += bytes;
        constexpr std::size_t kBatchBytes = 1 << 20;
        if (batch.size() >= kBatchBytes || intents.size() >= 256) flush_batch();
        return;
      }
      pending += bytes;
      if (state && !outcome.state_key.empty()) {
        if (output.is_file()) {
          settle_after_commit.emplace_back(outcome.state_key, outcome.stamp);
        } else {
          flush_pending();  // the state may only learn of what is written
          state->record(outcome.state_key, outcome.stamp);
        }
      }
      constexpr std::size_t kPendingBytes = 256 << 10;
      if (pending.size() >= kPendingBytes) flush_pending();
    };
    run_ordered(std::max(1u, settings.jobs > 0 ? settings.jobs : std::thread::hardware_concurrency()), next, work,
                emit);
    if (durable) flush_batch();
    flush_pending();
    output.write(writer->footer(any));
    output.commit();
    for (const auto& [key, stamp] : settle_after_commit) state->record(key, stamp);
    if (state) state->compact();
  } catch (const OutputClosed&) {
    return failed ? kExitInputFailed : kExitOk;
  } catch (const std::exception& e) {
    std::cerr << "crimestats: " << e.what() << '\n';
    return kExitInputFailed;
  }
  return failed ? kExitInputFailed : kExitOk;
}

}  // namespace crimestats
