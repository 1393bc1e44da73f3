import os

import anthropic
import pandas as pd
from flask import Flask, jsonify, request
from flask_login import login_required

app = Flask(__name__)
claude = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
SALES = pd.read_csv(os.environ.get("SALES_CSV", "sales.csv"))


@app.post("/analyze")
@login_required
def analyze():
    question = request.get_json()["question"]
    msg = claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=300,
        system=f"Columns: {', '.join(SALES.columns)}. Reply with Python code that sets `result` using the DataFrame `df`.",
        messages=[{"role": "user", "content": question}],
    )
    code = msg.content[0].text.strip().removeprefix("```python").removesuffix("```")
    scope = {"df": SALES.copy(), "pd": pd}
    exec(code, scope)
    return jsonify(result=str(scope.get("result")))


@app.post("/filter")
@login_required
def filter_rows():
    question = request.get_json()["question"]
    msg = claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=100,
        messages=[{"role": "user", "content": f"Write a pandas DataFrame.query expression for: {question}"}],
    )
    rows = SALES.query(msg.content[0].text.strip())
    return jsonify(rows=rows.head(50).to_dict(orient="records"))


@app.post("/summary")
@login_required
def summary():
    stats = SALES.describe().to_string()
    msg = claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=400,
        system="Summarize these sales statistics for a manager in plain words.",
        messages=[{"role": "user", "content": stats}],
    )
    return jsonify(summary=msg.content[0].text)
