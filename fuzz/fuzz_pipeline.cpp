// libFuzzer target: raw bytes -> loader -> every extractor -> normaliser ->
// crimestats/1 JSON. Each input is read as a plain-text article and as an
// HTML page, and as a JSON Lines record when it starts with '{'. Refusing an
// input (InputError) is a normal outcome; a crash, a sanitizer report, a
// span outside the text or output that is not valid JSON is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "crimestats/boilerplate.hpp"
#include "crimestats/extractor.hpp"
#include "crimestats/jsonl_input.hpp"
#include "crimestats/lexicon.hpp"
#include "crimestats/loader.hpp"
#include "crimestats/pipeline.hpp"
#include "crimestats/writer.hpp"

namespace {

using namespace crimestats;

struct Harness {
  Pipeline pipeline{make_all_extractors(default_data_dir())};
  BoilerplateFilter boilerplate{default_data_dir()};
  PipelineOptions pipeline_options;
  LoadOptions load_options;
  WriteOptions write_options;

  Harness() {
    pipeline_options.reference_date = Date::from_days_since_epoch(19000);  // fixed: runs must repeat
    load_options.boilerplate = &boilerplate;
    write_options.emit_text = true;
  }
};

[[noreturn]] void fail(const char* what, const Span& span, std::size_t text_size) {
  std::fprintf(stderr, "fuzz_pipeline: %s span [%zu, %zu) outside text of %zu bytes\n", what, span.begin,
               span.end, text_size);
  std::abort();
}

void check_span(const char* what, const Span& span, std::size_t text_size) {
  if (span.begin > span.end || span.end > text_size) fail(what, span, text_size);
}

// Every span a record carries must index its own text.
void check_spans(const Record& record) {
  const std::size_t n = record.doc.text.size();
  const Facts& f = record.facts;
  for (const auto& x : f.counts) check_span("count", x.span, n);
  for (const auto& x : f.money) check_span("money", x.span, n);
  for (const auto& x : f.percentages) check_span("percentage", x.span, n);
  for (const auto& x : f.dates) check_span("date", x.span, n);
  for (const auto& x : f.drug_quantities) check_span("drug quantity", x.span, n);
  for (const auto& x : f.places)
    for (const auto& s : x.mentions) check_span("place", s, n);
  for (const auto& x : f.operations)
    for (const auto& s : x.mentions) check_span("operation", s, n);
  for (const auto& x : f.drugs)
    for (const auto& s : x.mentions) check_span("drug", s, n);
}

void run(const Harness& h, Document doc) {
  const Record record = h.pipeline.run(std::move(doc), h.pipeline_options);
  check_spans(record);
  const std::string line = dump_json(record_to_json(record, h.write_options));
  // dump_json promises valid UTF-8 JSON on one line whatever the input.
  if (line.find('\n') != std::string::npos || !nlohmann::json::accept(line)) {
    std::fprintf(stderr, "fuzz_pipeline: output is not one line of valid JSON\n");
    std::abort();
  }
}

template <typename Load>
void try_load(const Harness& h, Load&& load) {
  std::optional<Document> doc;
  try {
    doc.emplace(load());
  } catch (const InputError&) {
    return;
  }
  run(h, std::move(*doc));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Harness harness;
  const std::string raw(reinterpret_cast<const char*>(data), size);
  try_load(harness, [&] { return load_document(raw, "fuzz", "fuzz.txt", harness.load_options); });
  try_load(harness, [&] { return load_article(raw, "fuzz", "fuzz.html", InputFormat::html, harness.load_options); });
  if (!raw.empty() && raw.front() == '{') {
    try_load(harness, [&] { return parse_jsonl_record(raw, "fuzz.jsonl", 1, harness.load_options); });
  }
  return 0;
}
