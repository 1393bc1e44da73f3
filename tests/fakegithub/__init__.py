"""One fake GitHub for the tests: real git repositories behind GitHub's REST API, every request
checked against GitHub's OpenAPI description and the limits its documentation states in prose."""

from tests.fakegithub.gitrepo import HostedRepo
from tests.fakegithub.server import FakeGitHub, Fault

__all__ = ["FakeGitHub", "Fault", "HostedRepo"]
