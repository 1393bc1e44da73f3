const express = require("express");
const Workspace = require("../models/Workspace");

const router = express.Router();

router.get("/", async (req, res) => {
  const list = await Workspace.find({ $or: [{ ownerId: req.session.userId }, { members: req.session.userId }] });
  res.json(list);
});

router.post("/", async (req, res) => {
  const ws = new Workspace({ name: req.body.name, ownerId: req.session.userId });
  await ws.save();
  res.status(201).json(ws);
});

router.put("/:id", async (req, res) => {
  const ws = await Workspace.findOne({ _id: req.params.id, ownerId: req.session.userId });
  if (!ws) return res.status(404).json({ message: "Not found" });
  Object.assign(ws, req.body);
  await ws.save();
  res.json(ws);
});

router.patch("/:id/name", async (req, res) => {
  const updated = await Workspace.findOneAndUpdate(
    { _id: req.params.id, ownerId: req.session.userId },
    { $set: { name: String(req.body.name).slice(0, 80) } },
    { new: true },
  );
  res.json(updated);
});

module.exports = router;
