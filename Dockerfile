# Village: one static binary in a distroless image, run as a non-root user.
#
#   docker build --build-arg VERSION=$(git describe --always --dirty) -t village .
#   docker run -p 8080:8080 -v village-data:/data village
#
# docs/operations.md describes the settings, volumes and health checks.

ARG GO_VERSION=1.26

FROM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src

# Dependencies first: this layer is rebuilt only when go.mod or go.sum change.
COPY go.mod go.sum ./
RUN go mod download && go mod verify

COPY . .
ARG VERSION=dev
RUN --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=linux go build -trimpath -buildvcs=false \
        -ldflags "-s -w -X main.version=${VERSION}" \
        -o /out/village ./cmd/village \
 && mkdir -p /out/data

# distroless/static: CA certificates, tzdata and /etc/passwd, no shell.
# The nonroot tag runs as uid/gid 65532.
FROM gcr.io/distroless/static-debian12:nonroot

COPY --from=build /out/village /village
# An empty /data owned by the non-root user, so that a new named volume
# mounted there is writable.
COPY --from=build --chown=65532:65532 /out/data /data

ENV VILLAGE_ADDR=:8080 \
    VILLAGE_DATA_DIR=/data \
    VILLAGE_LOG_FORMAT=json

USER 65532:65532
EXPOSE 8080
VOLUME /data

# No shell in the image: the binary checks itself (GET /healthz on the local port).
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["/village", "healthcheck"]

STOPSIGNAL SIGTERM
ENTRYPOINT ["/village"]
CMD ["serve"]
