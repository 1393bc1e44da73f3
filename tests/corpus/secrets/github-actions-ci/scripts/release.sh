#!/usr/bin/env bash
set -euo pipefail
export GITHUB_TOKEN=ghs_GwVOdSGCmza8v4vaElzcm5amREOROB3juoJ5
export PYPI_TOKEN=pypi-AgEIcHlwaS5vcmcawFMX9tTvBsmn7gQAFvQ8uLOFIklt4n3uTYmiodV3kqiu6JSLC9IACbPtE-ArOf_4Sxdo0qwSharhOVnI67RubsCzvQnRGgjowPG0jx--M89z5_gTnM8tJ2w
export COMMIT=$(git rev-parse HEAD)
gh release create "v$VERSION" --notes "release $COMMIT"
