// The memory of nightly runs (--state FILE): which inputs were processed,
// so the next run only reads new or changed files.
//
// The state file is JSON Lines, append-only during a run. Before records
// are written to the output, one intent line per record names the input
// and where its bytes go in the output ({"path","size","mtime","sha256",
// "offset","length"}); once the output is synced, a commit line
// ({"commit":true}) settles every intent before it. A run killed in
// between leaves intents without a commit: the next run keeps each record
// whose bytes all reached the output and cuts the output off at the first
// that did not, so every record is in the output exactly once and no line
// is partial. At the end of a run the file is rewritten compactly
// (settled entries only, atomically).
#pragma once

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace crimestats {

// Another run holds the state's lock.
class StateLocked : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct FileStamp {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::string sha256;
};

class RunState {
 public:
  // Takes the lock (FILE.lock, flock) or throws StateLocked; loads the
  // state, settling an unfinished intent against `output_path` (the file
  // records are appended to; empty if records do not go to a file).
  RunState(std::string path, const std::string& output_path);
  RunState(const RunState&) = delete;
  RunState& operator=(const RunState&) = delete;
  ~RunState();

  // Every input processed before, by absolute path.
  const std::map<std::string, FileStamp>& entries() const { return done_; }

  struct Intent {
    std::string path;
    FileStamp stamp;
    std::uint64_t offset = 0;  // where the record's bytes start in the output
    std::uint64_t length = 0;
  };
  // Before writing a batch of records to the output: records the intents
  // durably (one write, one fsync).
  void intend(const std::vector<Intent>& intents);
  // After the output holding the intended records has been synced.
  void commit();
  // Records `path` as done at once: for outputs that cannot be settled
  // later (standard output, or a file replaced at the end of the run).
  void record(const std::string& path, const FileStamp& stamp);
  // Rewrites the file with committed entries only, atomically.
  void compact();

 private:
  void append_line(const std::string& line);
  std::string path_;
  int lock_fd_ = -1;
  int fd_ = -1;
  std::map<std::string, FileStamp> done_;
  std::vector<Intent> pending_;
};

}  // namespace crimestats
