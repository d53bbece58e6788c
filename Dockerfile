# factlint in a container: built from source on Debian 12, installed from its
# own Debian package into a clean image (scripts/package.sh --image).
#
#   docker build -t factlint .
#   docker run --rm -v "$PWD:/work" -w /work factlint check drafts/ --archive published/
FROM debian:12 AS build
COPY . /src
RUN apt-get update && apt-get install -y --no-install-recommends sudo \
    && /src/scripts/setup.sh \
    && cmake -S /src -B /src/build -G Ninja -DCMAKE_BUILD_TYPE=Release \
         -DFACTLINT_BUILD_TESTS=OFF -DFACTLINT_BUILD_BENCHMARKS=OFF \
    && cmake --build /src/build --target factlint \
    && cd /src/build && cpack -G DEB

FROM debian:12
COPY --from=build /src/build/factlint_*.deb /tmp/
RUN apt-get update && apt-get install -y --no-install-recommends /tmp/factlint_*.deb \
    && rm -rf /var/lib/apt/lists/* /tmp/factlint_*.deb
ENTRYPOINT ["factlint"]
