def test_search(monkeypatch):
    monkeypatch.setenv("TAVILY_API_KEY", "tvly-test-key")
    monkeypatch.setenv("XAI_API_KEY", "xai-fake")
    assert search("rescue") == []
