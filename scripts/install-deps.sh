#!/usr/bin/env bash
# Installs the Debian 12 packages factcheck builds and tests with.
#   scripts/install-deps.sh               everything: build, tests, browser and editor tests
#   scripts/install-deps.sh --build-only  what a Release build needs (the container's build stage)
set -euo pipefail
build_packages=(
  build-essential cmake pkg-config libssl-dev
  libgrpc++-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler
  libboost-dev libspdlog-dev libyaml-cpp-dev
  libicu-dev libmd4c-dev libcli11-dev libyaml-dev nlohmann-json3-dev libxxhash-dev liburing-dev
)
test_packages=(
  ccache git python3
  clang libclang-rt-14-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  chromium neovim
  python3-grpcio python3-protobuf python3-grpc-tools
)
packages=("${build_packages[@]}")
if [ "${1:-}" != "--build-only" ]; then
  packages+=("${test_packages[@]}")
  # Node.js and npm for the example plugin and the SARIF validator, from
  # Debian unless some node is already installed.
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
  fi
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
