import os

XAI_API_KEY = "xai-XBQWgzweDkIBioQpxRFmRQxoZDlcRVFjDTTAS4mbW1IDTZX8nIl5STgqksfau0bO2qsHXXJhm6syuQoo"
PERPLEXITY_API_KEY = os.getenv("PERPLEXITY_API_KEY", "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")
TAVILY_API_KEY = os.environ.get("TAVILY_API_KEY")
FIRECRAWL_KEY = "fc-f6c27799da053fdecc0911663a643248"
MODEL_NAME = "grok-2-latest"
MAX_TOKENS = 4096
SEARCH_API_URL = "https://api.tavily.com/search"
