#include "crimestats/cli.hpp"

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include <CLI/CLI.hpp>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crimestats/extractor.hpp"
#include "crimestats/inputs.hpp"
#include "crimestats/lexicon.hpp"
#include "crimestats/loader.hpp"
#include "crimestats/pipeline.hpp"
#include "crimestats/writer.hpp"

namespace crimestats {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitInputFailed = 1;
constexpr int kExitUsage = 2;

void report(const std::string& path, const std::string& reason) {
  std::cerr << fmt::format("crimestats: {}: {}\n", path, reason);
}

// Thrown when the reader of our output has gone away (`| head`): the run
// ends quietly.
struct OutputClosed {};

// Where records go: stdout, or a temporary file beside --output renamed
// into place once everything is written.
class Output {
 public:
  explicit Output(std::string path) : path_(std::move(path)) {
    if (path_.empty()) {
      fd_ = STDOUT_FILENO;
      return;
    }
    temp_ = path_ + ".tmp." + std::to_string(::getpid());
    fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd_ < 0) throw std::runtime_error(fmt::format("{}: cannot write: {}", path_, std::strerror(errno)));
  }
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  ~Output() {
    if (!path_.empty() && fd_ >= 0) {
      ::close(fd_);
      ::unlink(temp_.c_str());
    }
  }

  void write(std::string_view bytes) {
    while (!bytes.empty()) {
      const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
      if (n < 0) {
        if (errno == EINTR) continue;
        if (errno == EPIPE) throw OutputClosed{};
        throw std::runtime_error(fmt::format("{}: write failed: {}", name(), std::strerror(errno)));
      }
      bytes.remove_prefix(static_cast<std::size_t>(n));
    }
  }

  // Flushes to disk and, for a file, moves it into place.
  void commit() {
    if (path_.empty()) return;
    if (::fsync(fd_) != 0 || ::close(fd_) != 0) {
      fd_ = -1;
      throw std::runtime_error(fmt::format("{}: write failed: {}", path_, std::strerror(errno)));
    }
    fd_ = -1;
    if (::rename(temp_.c_str(), path_.c_str()) != 0) {
      ::unlink(temp_.c_str());
      throw std::runtime_error(fmt::format("{}: cannot rename into place: {}", path_, std::strerror(errno)));
    }
  }

 private:
  std::string name() const { return path_.empty() ? "standard output" : path_; }
  std::string path_;
  std::string temp_;
  int fd_ = -1;
};

struct ExtractSettings {
  std::vector<std::string> paths;
  std::string reference_date;
  std::string date_order = "dmy";
  std::string output;
  std::string format = "jsonl";
  std::string data_dir;
  std::size_t max_bytes = 16u << 20;
  unsigned jobs = 0;
  bool no_spans = false;
  bool emit_text = false;
};

std::string read_stream(std::istream& in, std::size_t max_bytes) {
  std::string data;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    data.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (data.size() > max_bytes) {
      throw InputError(fmt::format("larger than --max-bytes ({} bytes)", max_bytes));
    }
  }
  return data;
}

// Reads one article's bytes, refusing oversized files before reading them.
std::string read_input(const InputFile& input, std::size_t max_bytes, std::optional<Date>& modified) {
  if (input.path.empty()) return read_stream(std::cin, max_bytes);
  const int fd = ::open(input.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw InputError(fmt::format("cannot read: {}", std::strerror(errno)));
  struct stat st{};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    throw InputError("not a regular file");
  }
  if (static_cast<std::size_t>(st.st_size) > max_bytes) {
    ::close(fd);
    throw InputError(fmt::format("larger than --max-bytes ({} > {} bytes)", st.st_size, max_bytes));
  }
  modified = Date::from_days_since_epoch(static_cast<long>(st.st_mtim.tv_sec / 86400));
  std::string data(static_cast<std::size_t>(st.st_size), '\0');
  std::size_t got = 0;
  while (got < data.size()) {
    const ssize_t n = ::read(fd, data.data() + got, data.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  const int read_errno = errno;
  ::close(fd);
  if (got < data.size()) {
    throw InputError(got == 0 && read_errno ? fmt::format("cannot read: {}", std::strerror(read_errno))
                                            : "file shrank while being read");
  }
  return data;
}

// The outcome of one article: its output bytes, or the reason it failed.
struct Outcome {
  std::string bytes;
  std::string error;
};

Outcome process(const InputFile& input, const Pipeline& pipeline, const PipelineOptions& pipeline_options,
                const LoadOptions& load_options, const RecordWriter& writer) {
  Outcome outcome;
  try {
    std::optional<Date> modified;
    const std::string raw = read_input(input, load_options.max_bytes, modified);
    Document doc = load_document(raw, input.id, input.path.empty() ? "-" : input.path.string(), load_options);
    doc.modified = modified;
    outcome.bytes = writer.format(pipeline.run(std::move(doc), pipeline_options));
  } catch (const std::exception& e) {
    outcome.error = e.what();
  }
  return outcome;
}

// Processes inputs on `jobs` threads and writes their records in input
// order. At most `window` finished-but-unwritten results are held, so
// memory stays bounded however many files there are.
bool run_ordered(const std::vector<InputFile>& inputs, unsigned jobs,
                 const std::function<Outcome(std::size_t)>& work,
                 const std::function<void(std::size_t, Outcome&)>& emit) {
  const std::size_t window = std::max<std::size_t>(4, 4 * static_cast<std::size_t>(jobs));
  std::vector<std::optional<Outcome>> slots(window);
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t next_to_take = 0, next_to_emit = 0;
  bool stop = false;

  auto worker = [&] {
    while (true) {
      std::size_t index;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return stop || next_to_take >= inputs.size() || next_to_take < next_to_emit + window; });
        if (stop || next_to_take >= inputs.size()) return;
        index = next_to_take++;
      }
      Outcome outcome = work(index);
      {
        std::lock_guard lock(mutex);
        slots[index % window] = std::move(outcome);
      }
      changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);
  bool ok = true;
  try {
    while (next_to_emit < inputs.size()) {
      Outcome outcome;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return slots[next_to_emit % window].has_value(); });
        outcome = std::move(*slots[next_to_emit % window]);
        slots[next_to_emit % window].reset();
      }
      emit(next_to_emit, outcome);
      {
        std::lock_guard lock(mutex);
        ++next_to_emit;
      }
      changed.notify_all();
    }
  } catch (...) {
    {
      std::lock_guard lock(mutex);
      stop = true;
    }
    changed.notify_all();
    for (auto& t : threads) t.join();
    throw;
  }
  for (auto& t : threads) t.join();
  return ok;
}

int run_extract(const ExtractSettings& settings) {
  PipelineOptions pipeline_options;
  if (!settings.reference_date.empty()) {
    pipeline_options.reference_date = parse_iso_date(settings.reference_date);
    if (!pipeline_options.reference_date) {
      report("--reference-date", fmt::format("not a valid YYYY-MM-DD date: {}", settings.reference_date));
      return kExitUsage;
    }
  }
  pipeline_options.date_order = settings.date_order == "mdy" ? DateOrder::mdy : DateOrder::dmy;
  LoadOptions load_options;
  load_options.max_bytes = settings.max_bytes;
  WriteOptions write_options;
  write_options.spans = !settings.no_spans;
  write_options.emit_text = settings.emit_text;
  const auto writer = make_writer(settings.format == "json" ? OutputFormat::json : OutputFormat::jsonl, write_options);

  std::optional<Pipeline> pipeline;
  try {
    const std::filesystem::path data_dir = settings.data_dir.empty() ? default_data_dir() : std::filesystem::path(settings.data_dir);
    pipeline.emplace(make_all_extractors(data_dir));
  } catch (const std::exception& e) {
    std::cerr << "crimestats: " << e.what() << '\n';
    return kExitUsage;
  }

  std::atomic<bool> failed{false};
  const auto on_error = [&](const std::string& path, const std::string& reason) {
    report(path, reason);
    failed = true;
  };
  const std::vector<InputFile> inputs = collect_inputs(settings.paths, on_error);
  const unsigned jobs = settings.jobs > 0 ? settings.jobs : std::max(1u, std::thread::hardware_concurrency());

  try {
    Output output(settings.output);
    output.write(writer->header());
    bool first = true;
    bool any = false;
    const auto work = [&](std::size_t i) {
      return process(inputs[i], *pipeline, pipeline_options, load_options, *writer);
    };
    const auto emit = [&](std::size_t i, Outcome& outcome) {
      if (!outcome.error.empty()) {
        on_error(inputs[i].path.empty() ? "-" : inputs[i].path.string(), outcome.error);
        return;
      }
      if (!first) output.write(writer->separator());
      output.write(outcome.bytes);
      first = false;
      any = true;
    };
    run_ordered(inputs, jobs, work, emit);
    output.write(writer->footer(any));
    output.commit();
  } catch (const OutputClosed&) {
    return kExitOk;
  } catch (const std::exception& e) {
    std::cerr << "crimestats: " << e.what() << '\n';
    return kExitInputFailed;
  }
  return failed ? kExitInputFailed : kExitOk;
}

}  // namespace

int run_cli(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
  CLI::App app{"crimestats: turns crime news articles into structured data (crimestats/1 records)"};
  app.set_version_flag("--version", std::string("crimestats ") + CRIMESTATS_VERSION);
  app.require_subcommand(1);

  ExtractSettings settings;
  auto* extract = app.add_subcommand("extract", "Extract facts from articles; one JSON record per article");
  extract->add_option("paths", settings.paths, "Files or folders of articles; '-' or none reads stdin");
  extract->add_option("--reference-date", settings.reference_date,
                      "YYYY-MM-DD that relative dates are resolved against (default: publication date, "
                      "else file modification date)");
  extract->add_option("--date-order", settings.date_order, "How to read 03/04/2019: dmy (default) or mdy")
      ->check(CLI::IsMember({"dmy", "mdy"}));
  extract->add_option("-o,--output", settings.output, "Write to FILE (atomically) instead of stdout");
  extract->add_option("--format", settings.format, "Output format: jsonl (default) or json")
      ->check(CLI::IsMember({"jsonl", "json"}));
  extract->add_option("--max-bytes", settings.max_bytes, "Skip files larger than this (default 16 MiB)")
      ->check(CLI::PositiveNumber);
  extract->add_option("-j,--jobs", settings.jobs, "Worker threads (default: hardware threads)")
      ->check(CLI::Range(1u, 1024u));
  extract->add_flag("--no-spans", settings.no_spans, "Drop spans and mentions");
  extract->add_flag("--emit-text", settings.emit_text, "Add the loaded text to each record as \"text\"");
  extract->add_option("--data-dir", settings.data_dir, "Folder of lexicons and gazetteer (default: built-in path)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (extract->parsed()) return run_extract(settings);
  return kExitUsage;
}

}  // namespace crimestats
