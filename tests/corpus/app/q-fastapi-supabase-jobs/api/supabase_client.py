import os

from supabase import Client, create_client

SUPABASE_URL = os.environ["SUPABASE_URL"]

# Server-side client: the service role key bypasses row level security.
supabase: Client = create_client(SUPABASE_URL, os.environ["SUPABASE_SERVICE_ROLE_KEY"])
