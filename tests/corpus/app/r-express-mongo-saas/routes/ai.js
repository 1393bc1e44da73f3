const express = require("express");
const vm = require("vm");
const { askModel, client } = require("../lib/ai");
const Document = require("../models/Document");

const router = express.Router();

router.post("/formula", async (req, res) => {
  const { description, row } = req.body;
  const code = await askModel(
    "Write a JavaScript expression over the object `row` that computes what the user describes. Expression only.",
    description,
  );
  const value = vm.runInNewContext(code, { row });
  res.json({ value });
});

router.post("/rewrite/:docId", async (req, res) => {
  const doc = await Document.findById(req.params.docId);
  if (!doc) return res.status(404).end();
  const tone = req.body.tone || "neutral";
  const answer = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You rewrite documents. Use a " + tone + " tone and keep the meaning." },
      { role: "user", content: doc.content },
    ],
  });
  res.json({ text: answer.choices[0].message.content });
});

router.post("/chat", async (req, res) => {
  const history = req.body.history;
  const answer = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: history,
  });
  res.json({ reply: answer.choices[0].message.content });
});

module.exports = router;
