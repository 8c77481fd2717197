#include "crimestats/cli.hpp"

#include <csignal>
#include <iostream>

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "crimestats/schema.hpp"

namespace crimestats {

int run_cli(int argc, char** argv) {
  // A closed output pipe is seen as EPIPE on write and ends the run quietly.
  std::signal(SIGPIPE, SIG_IGN);
  CLI::App app{"crimestats: turns crime news articles into structured data (crimestats/1 records).\n"
               "Exit status: 0 all well, 1 some input failed, 2 usage error, 75 another run holds --state."};
  app.set_version_flag("--version", std::string("crimestats ") + CRIMESTATS_VERSION);
  app.require_subcommand(1);

  ExtractSettings ex;
  auto* extract = app.add_subcommand("extract", "Extract facts from articles: one record per article");
  extract->add_option("paths", ex.paths, "Files or folders of articles; '-' or none reads stdin");
  extract->add_option("--files-from", ex.files_from, "Also read input paths from FILE ('-': stdin), one per line");
  extract->add_flag("-0,--null", ex.files_from_nul, "Paths in --files-from are NUL-separated");
  extract->add_option("--input-format", ex.input_format, "auto (default), text, html or jsonl")
      ->check(CLI::IsMember({"auto", "text", "html", "jsonl"}));
  extract->add_option("--reference-date", ex.reference_date,
                      "YYYY-MM-DD that relative dates are resolved against (default: the publication date, "
                      "else the file's modification date, else today)");
  extract->add_option("--date-order", ex.date_order, "How to read 03/04/2019: dmy (default) or mdy")
      ->check(CLI::IsMember({"dmy", "mdy"}));
  extract->add_option("-o,--output", ex.output, "Write to FILE (replaced atomically at the end) instead of stdout");
  extract->add_flag("--append", ex.append, "Append to --output instead of replacing it");
  extract->add_option("--format", ex.format, "jsonl (default), json, csv (one row per fact) or csv-wide")
      ->check(CLI::IsMember({"jsonl", "json", "csv", "csv-wide"}));
  extract->add_option("--state", ex.state, "Remember processed files in FILE; process only new or changed ones");
  extract->add_option("--shard", ex.shard, "K/N: process only the articles of shard K of N (FNV-1a of the id)");
  extract->add_option("--max-bytes", ex.max_bytes, "Skip inputs larger than this (default 16 MiB)")
      ->check(CLI::PositiveNumber);
  extract->add_option("-j,--jobs", ex.jobs, "Worker threads (default: hardware threads)")->check(CLI::Range(1u, 1024u));
  extract->add_flag("--no-spans", ex.no_spans, "Drop spans and mentions");
  extract->add_flag("--emit-text", ex.emit_text, "Add the loaded text to each record as \"text\"");
  extract->add_flag("--keep-boilerplate", ex.keep_boilerplate, "Do not blank out page furniture lines");
  extract->add_flag("-q,--quiet", ex.quiet, "No progress line");
  extract->add_option("--data-dir", ex.data_dir, "Folder of lexicons and gazetteer (default: the installed data)");

  EvalSettings ev;
  auto* eval = app.add_subcommand("eval", "Score extraction against a gold set (see docs/evaluation.md)");
  eval->add_option("--gold", ev.gold, "Gold answers, JSON Lines")->required();
  eval->add_option("articles", ev.articles, "Folder holding ID.txt for each gold id")->required();
  eval->add_flag("--json", ev.json, "Print the scores as JSON");
  eval->add_flag("--show-errors", ev.show_errors, "List every miss and spurious fact on stderr");
  eval->add_option("--data-dir", ev.data_dir, "Folder of lexicons and gazetteer");

  auto* schema = app.add_subcommand("schema", "Print the JSON Schema of a crimestats/1 record");

  SummarySettings sum;
  auto* summary = app.add_subcommand("summary", "Totals across records by police force, place and month");
  summary->add_option("inputs", sum.inputs, "crimestats JSON Lines files ('-' or none: stdin)");
  summary->add_option("--format", sum.format, "table or csv (default: table on a terminal, else csv)")
      ->check(CLI::IsMember({"table", "csv"}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  if (extract->parsed()) return run_extract(ex);
  if (eval->parsed()) return run_eval(ev);
  if (summary->parsed()) return run_summary(sum);
  if (schema->parsed()) {
    std::cout << record_schema().dump(2) << '\n';
    return std::cout ? kExitOk : kExitInputFailed;
  }
  return kExitUsage;
}

}  // namespace crimestats
