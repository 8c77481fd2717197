// End-to-end bad-input matrix: every case runs the built binary.
#include <catch2/catch.hpp>
