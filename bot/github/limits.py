"""GitHub's limits that shape what Rescue sends, each next to the documentation that states it."""

from __future__ import annotations

# "The Checks API limits the number of annotations to a maximum of 50 per API request."
# https://docs.github.com/en/rest/checks/runs#update-a-check-run
ANNOTATIONS_PER_REQUEST = 50

# output.summary and output.text: "Maximum length: 65535 characters."
# https://docs.github.com/en/rest/checks/runs#create-a-check-run
CHECK_OUTPUT_MAX_CHARS = 65_535

# An issue or review comment body is limited to 65536 characters (the API answers 422 beyond it).
# https://docs.github.com/en/rest/issues/comments#create-an-issue-comment
COMMENT_MAX_CHARS = 65_536

# Check-run action button: label 20, description 40, identifier 20 characters at most.
# https://docs.github.com/en/rest/checks/runs#create-a-check-run (actions)
ACTION_LABEL_MAX = 20
ACTION_DESCRIPTION_MAX = 40
ACTION_IDENTIFIER_MAX = 20

# "Responses include a maximum of 3000 files. The paginated response returns 30 files per page by
# default." https://docs.github.com/en/rest/pulls/pulls#list-pull-requests-files
PR_FILES_MAX = 3000
PER_PAGE_MAX = 100

# Webhook payloads are capped at 25 MB; larger events are not delivered.
# https://docs.github.com/en/webhooks/webhook-events-and-payloads#payload-cap
WEBHOOK_PAYLOAD_MAX_BYTES = 25 * 1024 * 1024

# The blob API serves files up to 100 MB; Rescue never analyzes files past 1 MB anyway.
# https://docs.github.com/en/rest/git/blobs#get-a-blob
BLOB_MAX_BYTES = 100 * 1024 * 1024

# Recursive trees stop at 100,000 entries or 7 MB and come back with "truncated": true.
# https://docs.github.com/en/rest/git/trees#get-a-tree
TREE_MAX_ENTRIES = 100_000

# Installation access tokens "expire after 1 hour".
# https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-an-installation-access-token-for-a-github-app
INSTALLATION_TOKEN_TTL_SECONDS = 3600

# Secondary rate limits: "make requests for a single user or client ID serially. Do not make
# requests for a single user or client ID concurrently." Rescue's job therefore calls serially.
# https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api
SERIAL_REQUESTS = True
