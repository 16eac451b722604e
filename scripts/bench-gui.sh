#!/usr/bin/env bash
# Measures the setup window of a release build under Xvfb: time from process start to the first
# frame (median of RUNS), resident memory on step 6, and CPU use while idle on step 6.
# Usage: cargo build --release && scripts/bench-gui.sh [path/to/scim-assistant]
# Needs: xvfb (apt-get install xvfb).
set -euo pipefail
bin=${1:-target/release/scim-assistant}
runs=${RUNS:-7}
idle_seconds=${IDLE_SECONDS:-10}
display=:77

Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null; rm -rf "$work"' EXIT
export DISPLAY=$display XDG_CONFIG_HOME=$work XDG_RUNTIME_DIR=$work
# Wait until the X server accepts connections (a fixed sleep races).
for _ in $(seq 1 100); do
  [ -e /tmp/.X11-unix/X${display#:} ] && break
  sleep 0.05
done
sleep 0.3

wait_for() { # file pattern seconds
  for _ in $(seq 1 $(( $3 * 20 ))); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 0.05
  done
  return 1
}

frames=()
for _ in $(seq 1 "$runs"); do
  rm -rf "$work/scim-assistant"
  SCIM_ASSISTANT_TIMING=1 "$bin" 2>"$work/err" &
  pid=$!
  wait_for "$work/err" first-frame-ms= 20 || { cat "$work/err"; exit 1; }
  frames+=("$(grep -o 'first-frame-ms=[0-9]*' "$work/err" | cut -d= -f2)")
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
median=$(printf '%s\n' "${frames[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")

# Step 6 of a resumed session: the Tenant URL is known, the token is not (it is never saved).
mkdir -p "$work/scim-assistant"
cat >"$work/scim-assistant/progress.json" <<'JSON'
{"step":"Credentials","done":["Prepare","CreateApp","AssignUsers","Appsemble","EnableScim"],
 "server":"https://appsemble.example","app_id":42,"app_name":"Notes","method":"Password",
 "email":"admin@example.com","client_id":"","remember_client":false}
JSON
SCIM_ASSISTANT_TIMING=1 "$bin" 2>"$work/err" &
pid=$!
wait_for "$work/err" first-frame-ms= 20
sleep 3
rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
before=$(ticks)
sleep "$idle_seconds"
after=$(ticks)
hz=$(getconf CLK_TCK)
kill "$pid"; wait "$pid" 2>/dev/null || true

echo "first frame (median of $runs): ${median} ms  [all: ${frames[*]}]"
echo "resident memory on step 6:    $(( rss_kib / 1024 )) MiB"
awk -v t=$(( after - before )) -v hz="$hz" -v s="$idle_seconds" \
  'BEGIN { printf "CPU while idle on step 6:     %.2f %% of one core (%d ticks in %d s)\n", 100 * t / hz / s, t, s }'
