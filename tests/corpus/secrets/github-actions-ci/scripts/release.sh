#!/usr/bin/env bash
set -euo pipefail
export GITHUB_TOKEN=ghs_htOOzf3E8h5EUzwBJUHk6xOWOns5rL48OKFd
export PYPI_TOKEN=pypi-AgEIcHlwaS5vcmcGxGRrIpLSO6BoXQxHfBxikkIRt1TJ0qhlI86B2jOyMQntgkMW_dDTvI4gG52uQ11WeV53d9pp6LMwJaDtjqlhfMsIhawMfp3tynBTciwqHhWBK8L9ULW50ER
export COMMIT=$(git rev-parse HEAD)
gh release create "v$VERSION" --notes "release $COMMIT"
