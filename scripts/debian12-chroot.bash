# A clean Debian 12 in a chroot, for scripts/test-deb and scripts/test-ci-examples
# (sourced, not run). Needs root or sudo.
#
#   debian12_make DIR     a fresh minbase bookworm in DIR (DIR must not exist),
#                         with /proc mounted and the host's resolv.conf
#   debian12_in DIR CMD   runs CMD with bash -c in DIR's /root, as root, with a
#                         clean environment (extra NAME=VALUE pairs may precede:
#                         debian12_in DIR CMD NAME=VALUE…)
#   debian12_release DIR  unmounts DIR/proc; call it before removing DIR
#
# `debootstrap --variant=minbase bookworm` runs once, from the Debian mirror of
# /etc/apt/sources.list* (or $SCMPLAN_DEB_MIRROR); the result is kept as a
# tarball in ~/.cache/scmplan-test-deb/ and unpacked for each chroot.

debian12_sudo=""
[[ $(id -u) -ne 0 ]] && debian12_sudo="sudo"

debian12_can() {  # true when we can run debootstrap and chroot
  [[ -z "$debian12_sudo" ]] || sudo -n true 2>/dev/null
}

debian12_make() {
  local dir="$1" s="$debian12_sudo"
  local cache="${XDG_CACHE_HOME:-$HOME/.cache}/scmplan-test-deb"
  local tarball="$cache/bookworm-minbase.tar"
  if [[ ! -f "$tarball" ]]; then
    command -v debootstrap >/dev/null || $s apt-get install -y -qq debootstrap >&2 || return 1
    local mirror="${SCMPLAN_DEB_MIRROR:-}"
    [[ -n "$mirror" ]] || mirror="$(grep -rhoE 'https?://[^ ]*/debian/?$' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null | head -1)"
    [[ -n "$mirror" ]] || mirror="$(grep -rhoE 'https?://[^ ]*/debian/? ' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null | head -1)"
    mirror="${mirror:-http://deb.debian.org/debian}"
    mirror="${mirror% }"
    echo "debian12: debootstrap --variant=minbase bookworm from $mirror (once; kept in $tarball)" >&2
    local boot="$dir.boot"
    $s debootstrap --variant=minbase bookworm "$boot" "$mirror" >"$dir.debootstrap.log" 2>&1 ||
      { tail -20 "$dir.debootstrap.log" >&2; $s rm -rf "$boot"; return 1; }
    mkdir -p "$cache" && $s tar -C "$boot" -cf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball" || return 1
    $s rm -rf "$boot"
  fi
  mkdir "$dir" && $s tar -C "$dir" -xf "$tarball" || return 1
  $s cp /etc/resolv.conf "$dir/etc/resolv.conf"
  $s mount -t proc proc "$dir/proc"
}

debian12_in() {
  local dir="$1" cmd="$2"; shift 2
  $debian12_sudo chroot "$dir" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@" bash -c "cd /root && $cmd"
}

debian12_release() {
  local dir="$1"
  if mountpoint -q "$dir/proc"; then
    $debian12_sudo umount "$dir/proc" || { echo "debian12: $dir/proc is still mounted" >&2; return 1; }
  fi
}
