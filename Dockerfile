# factcheck as a container image for CI: built on Debian 12, shipped on
# Debian 12 slim with only the libraries it runs with, git (for
# --changed-since and --changed-lines) and the bundled configuration and
# reference data.
#
#   docker build -t factcheck:0.2.0 .
#   docker run --rm -v "$PWD:/work" -w /work factcheck:0.2.0 check content/
#
# Where no Docker engine runs, scripts/check-runtime-image.sh checks the
# runtime stage's package list in a debootstrap root file system.
FROM debian:12 AS build
# The same package list as a developer's machine, without the test tools.
COPY scripts/install-deps.sh /tmp/install-deps.sh
RUN /tmp/install-deps.sh --build-only && rm -rf /var/lib/apt/lists/*
COPY . /src
RUN cmake -S /src -B /build -DCMAKE_BUILD_TYPE=Release \
      -DFACTCHECK_BUILD_TESTS=OFF -DFACTCHECK_BUILD_BENCHMARKS=OFF \
 && cmake --build /build -j"$(nproc)" \
 && cmake --install /build --prefix /opt/factcheck

FROM debian:12-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      libgrpc++1.51 libprotobuf32 libicu72 libmd4c0 \
      libspdlog1.10 libyaml-0-2 libyaml-cpp0.7 liburing2 git \
 && rm -rf /var/lib/apt/lists/* \
 && git config --system --add safe.directory '*'
COPY --from=build /opt/factcheck /opt/factcheck
ENV PATH=/opt/factcheck/bin:$PATH
ENTRYPOINT ["factcheck"]
CMD ["--help"]
