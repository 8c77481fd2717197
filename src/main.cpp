#include "crimestats/cli.hpp"

int main(int argc, char** argv) { return crimestats::run_cli(argc, argv); }
