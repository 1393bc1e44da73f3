from tavily import TavilyClient

client = TavilyClient(api_key="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")
FALLBACK_KEY = os.getenv("TAVILY_FALLBACK", "tvly-YOUR_API_KEY")
TOKEN_PATTERN = r"tvly-[A-Za-z0-9]{32}"
