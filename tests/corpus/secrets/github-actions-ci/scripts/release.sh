#!/usr/bin/env bash
set -euo pipefail
export GITHUB_TOKEN=ghs_N2Z2D0NMmxsh8oLNhE7Hzj6VUGKPtU2prbC6
export PYPI_TOKEN=pypi-AgEIcHlwaS5vcmc1iSYTI-_YXcj1sDlA32rCHZjKcYofDq7HcOpZoXR1dQ9Hciyhx4YNXicXbdJXruSgNfdlo8jJpMe1CP5Q8J1yuWgl5HGj7F6i0PPEltmVKzDS9WV04E0oNbj
export COMMIT=$(git rev-parse HEAD)
gh release create "v$VERSION" --notes "release $COMMIT"
