#!/usr/bin/env bash
# The container image's runtime stage (Dockerfile, FROM debian:12-slim) has
# every library factcheck and its plugins link: each NEEDED entry of the
# built binaries must come from a package the runtime stage installs or one
# that package depends on. Exits 77 (skipped) where dpkg or apt-cache is not
# available.
#   tests/packaging/runtime_image_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1"
source="$2"
command -v dpkg >/dev/null && command -v apt-cache >/dev/null && command -v readelf >/dev/null \
  || { echo "skipped: needs dpkg, apt-cache and readelf"; exit 77; }

runtime=$(sed -n '/^FROM debian:12-slim/,/rm -rf/p' "$source/Dockerfile" \
  | grep -oE '\blib[a-z0-9.+-]+|\bgit\b' | sort -u)
[ -n "$runtime" ] || { echo "no runtime packages found in $source/Dockerfile"; exit 1; }
available=$( (echo "$runtime"; apt-cache depends --recurse --no-recommends --no-suggests \
  --no-conflicts --no-breaks --no-replaces --no-enhances $runtime 2>/dev/null) \
  | sed -E 's/^ +(Pre)?Depends: //; s/^ +//' | grep -vE '^<|:' | sort -u)

build=$(cd "$build" && pwd)
files=("$build"/bin/factcheck "$build"/lib/factcheck/plugins/*.so)
# name path of every library linked, outside the build tree (those are
# installed with factcheck), once each.
linked=$(for file in "${files[@]}"; do ldd "$file"; done \
  | sed -nE 's/^\s*(\S+) => (\S+) .*/\1 \2/p' | grep -vF " $build/" | sort -u)
# One dpkg query for all of them ("package:arch: path" lines), under both
# names a merged /usr gives a library.
owners=$(dpkg -S $(awk '{print $2; print "/usr" $2}' <<<"$linked") 2>/dev/null || true)
status=0
while read -r name path; do
  package=$(awk -v p="$path" '$2 == p || $2 == "/usr" p { sub(/:.*/, "", $1); print $1; exit }' \
    <<<"$owners")
  if [ -z "$package" ]; then
    echo "$name ($path) belongs to no Debian package"
    status=1
  elif ! grep -qxF "$package" <<<"$available"; then
    echo "$name comes from $package, which the runtime image does not install"
    status=1
  fi
done <<<"$linked"
[ $status -eq 0 ] && echo "the runtime image has all $(wc -l <<<"$linked") libraries linked by ${files[*]##*/}"
exit $status
