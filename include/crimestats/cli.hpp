// The command line: parses arguments and runs a subcommand.
#pragma once

namespace crimestats {

// Exit status: 0 all well, 1 some input failed, 2 usage error, 75 locked.
int run_cli(int argc, char** argv);

}  // namespace crimestats
