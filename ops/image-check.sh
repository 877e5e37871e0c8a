#!/usr/bin/env bash
# Builds the Dockerfile and starts the image once, on a machine without a Docker engine or an image registry:
# Debian's podman with runc (crun fails on hybrid cgroups), a containers.conf without default ulimits, and base
# images made here (debootstrap --variant=minbase, then podman import) instead of pulled ones: the runtime base is
# the bare Debian, the build base the same with this machine's JDK 25. Maven builds offline from ~/.m2, mounted.
# (--format docker: the OCI format has no HEALTHCHECK.) Then the container must become ready (its HEALTHCHECK, /health/ready) and stop gracefully (exit 0) on SIGTERM.
#   ops/image-check.sh          (root; installs podman, runc, debootstrap when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK="${IMAGE_CHECK_DIR:-/var/tmp/salescalls-image-check}"
SUITE="${DEBIAN_SUITE:-bookworm}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
JDK="${JDK_HOME:-$(ls -d /usr/lib/jvm/*25* | head -n 1)}"
IMAGE=localhost/salescalls:check
NAME=salescalls-image-check
log() { echo "image-check: $*" >&2; }

for tool in podman runc debootstrap; do
    command -v "$tool" >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        podman runc debootstrap containernetworking-plugins >/dev/null
done
mkdir -p "$WORK"
cat >"$WORK/containers.conf" <<'CONF'
[containers]
default_ulimits = []
[engine]
runtime = "runc"
CONF
export CONTAINERS_CONF="$WORK/containers.conf"
PODMAN=(podman --runtime runc)

if ! "${PODMAN[@]}" image exists localhost/salescalls-base:"$SUITE"; then
    log "debootstrap $SUITE (minbase) into $WORK/rootfs"
    rm -rf "$WORK/rootfs"
    debootstrap --variant=minbase "$SUITE" "$WORK/rootfs" "$MIRROR" >"$WORK/debootstrap.log" 2>&1
    rm -rf "$WORK/rootfs/var/cache/apt/archives/"*.deb "$WORK/rootfs/var/lib/apt/lists/"*
    tar -C "$WORK/rootfs" -c . | "${PODMAN[@]}" import - localhost/salescalls-base:"$SUITE" >/dev/null
fi
if ! "${PODMAN[@]}" image exists localhost/salescalls-build-base:"$SUITE"; then
    log "build base: $SUITE with $JDK"
    mkdir -p "$WORK/rootfs/opt/java"
    # -L: the packaged JDK links some files (its cacerts) outside itself
    rm -rf "$WORK/rootfs/opt/java/openjdk" && cp -rL "$JDK" "$WORK/rootfs/opt/java/openjdk"
    tar -C "$WORK/rootfs" -c . | "${PODMAN[@]}" import \
        --change "ENV JAVA_HOME=/opt/java/openjdk" \
        --change "ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
        - localhost/salescalls-build-base:"$SUITE" >/dev/null
fi

log "building the image (podman build, runc, offline Maven)"
start=$SECONDS
"${PODMAN[@]}" build --format docker --network host -v "$HOME/.m2:/root/.m2" \
    --build-arg BUILD_IMAGE=localhost/salescalls-build-base:"$SUITE" \
    --build-arg RUNTIME_IMAGE=localhost/salescalls-base:"$SUITE" \
    --build-arg MAVEN_FLAGS=-o -t "$IMAGE" . >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }
echo "FIGURE image_build_seconds=$((SECONDS - start))"
echo "FIGURE image_size=$("${PODMAN[@]}" image inspect "$IMAGE" --format '{{.Size}}')"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
MPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${PODMAN[@]}" rm -f "$NAME" >/dev/null 2>&1 || true
log "starting it (embedded PostgreSQL in the /data volume) on port $PORT"
start=$SECONDS
"${PODMAN[@]}" run -d --name "$NAME" --network host -e PORT="$PORT" -e MANAGEMENT_PORT="$MPORT" -e DEMO_CALLS=5 \
    -e ADMIN_USERNAME=admin -e ADMIN_PASSWORD=image-check-password "$IMAGE" >/dev/null
status=fail
for _ in $(seq 1 300); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready")" = 200 ]; then
        status=ready; break
    fi
    "${PODMAN[@]}" container exists "$NAME" && [ "$("${PODMAN[@]}" inspect "$NAME" --format '{{.State.Running}}')" = true ] || break
    sleep 1
done
echo "FIGURE container_start_to_ready_seconds=$((SECONDS - start))"
user=$("${PODMAN[@]}" exec "$NAME" id -u 2>/dev/null || echo "?")
healthcheck=$("${PODMAN[@]}" healthcheck run "$NAME" >/dev/null 2>&1 && echo healthy || echo unhealthy)
login=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/auth/login" \
    -d 'username=admin&password=image-check-password')
metrics=$(curl -s "http://127.0.0.1:$MPORT/metrics" | grep -c '^salescalls_' || true)
start=$SECONDS
"${PODMAN[@]}" stop -t 40 "$NAME" >/dev/null
exit_code=$("${PODMAN[@]}" inspect "$NAME" --format '{{.State.ExitCode}}')
echo "FIGURE container_stop_seconds=$((SECONDS - start))"
"${PODMAN[@]}" logs "$NAME" >"$WORK/container.log" 2>&1 || true
"${PODMAN[@]}" rm -f "$NAME" >/dev/null
echo "ready=$status uid=$user healthcheck=$healthcheck admin_login=$login salescalls_series=$metrics exit_code=$exit_code"
[ "$status" = ready ] && [ "$user" = 10001 ] && [ "$healthcheck" = healthy ] && [ "$login" = 200 ] \
    && [ "$exit_code" = 0 ]
