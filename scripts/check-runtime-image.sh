#!/usr/bin/env bash
# Checks the container image's runtime without a Docker engine: a minimal
# Debian 12 root file system (debootstrap), only the runtime packages the
# Dockerfile's last stage installs, factcheck installed into it from a
# Release build, then the bundled example checked inside it (chroot, with
# /proc mounted as a container has it). Needs root and the Debian mirror.
#   scripts/check-runtime-image.sh [ROOTFS]   (default /tmp/factcheck-rootfs)
set -euo pipefail
cd "$(dirname "$0")/.."
root="${1:-/tmp/factcheck-rootfs}"
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
[ -x "$root/bin/sh" ] || debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
# The package names of the Dockerfile's runtime stage.
packages=$(sed -n '/^FROM debian:12-slim/,/rm -rf/p' Dockerfile | grep -oE '\blib[a-z0-9.+-]+|\bgit\b' | sort -u)
chroot "$root" apt-get update -qq
DEBIAN_FRONTEND=noninteractive chroot "$root" apt-get install -y -qq --no-install-recommends $packages
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DFACTCHECK_BUILD_TESTS=OFF \
  -DFACTCHECK_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-release -j"${JOBS:-2}" >/dev/null
rm -rf "$root/opt/factcheck"
cmake --install build-release --prefix "$root/opt/factcheck" >/dev/null
cp examples/scholz-macron-paris.md "$root/tmp/"
mount -t proc proc "$root/proc"
trap 'umount "$root/proc"' EXIT
chroot "$root" /opt/factcheck/bin/factcheck --version
set +e
chroot "$root" /opt/factcheck/bin/factcheck check /tmp/scholz-macron-paris.md
code=$?
set -e
echo "factcheck exited with $code in the runtime image (1: the example's contradiction, as expected)"
[ "$code" -eq 1 ]
