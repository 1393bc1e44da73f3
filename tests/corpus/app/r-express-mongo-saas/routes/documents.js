const express = require("express");
const Document = require("../models/Document");
const Workspace = require("../models/Workspace");

const router = express.Router();

async function canAccess(userId, workspaceId) {
  return Workspace.exists({ _id: workspaceId, $or: [{ ownerId: userId }, { members: userId }] });
}

router.get("/search", async (req, res) => {
  const { workspaceId, q } = req.query;
  if (!(await canAccess(req.session.userId, workspaceId))) return res.status(403).json({ message: "No access" });
  const docs = await Document.find({
    workspaceId,
    $where: `this.title.toLowerCase().indexOf('${String(q).toLowerCase()}') !== -1`,
  }).limit(20);
  res.json(docs);
});

router.put("/:id", async (req, res) => {
  const doc = await Document.findById(req.params.id);
  if (!doc || !(await canAccess(req.session.userId, doc.workspaceId))) return res.status(404).json({ message: "Not found" });
  await Document.updateOne({ _id: doc._id }, { $set: req.body });
  res.json({ ok: true });
});

router.post("/", async (req, res) => {
  const { workspaceId, title, content } = req.body;
  if (!(await canAccess(req.session.userId, workspaceId))) return res.status(403).json({ message: "No access" });
  const doc = await Document.create({ workspaceId, title, content });
  res.status(201).json(doc);
});

module.exports = router;
