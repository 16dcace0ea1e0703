#!/usr/bin/env bash
# Install the Debian packages the app (runtime) or the test suite (test) needs, only those missing.
# As root: apt-get install them. Otherwise: print the exact command and fail.
set -euo pipefail

runtime=(
  libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxrender1 libxi6
  fonts-wqy-microhei fonts-dejavu-core xvfb xauth
)
test_only=(libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils)

wanted=("${runtime[@]}")
[ "${1:-runtime}" = "test" ] && wanted+=("${test_only[@]}")
python3 -c "import venv, ensurepip" 2>/dev/null || wanted+=(python3-venv python3-pip)

if ! command -v dpkg-query >/dev/null; then
  echo "提示：不是 Debian/Ubuntu 系统，请自行安装 Qt 运行库、文泉驿微米黑字体与 Xvfb。" >&2
  exit 0
fi

missing=()
for package in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

command="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "缺少系统软件包，请先以 root 身份运行：" >&2
  echo "  sudo apt-get update && sudo $command" >&2
  exit 1
fi
echo "安装缺少的系统软件包：${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
$command
