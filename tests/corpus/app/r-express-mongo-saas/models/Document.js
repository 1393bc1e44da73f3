const mongoose = require("mongoose");

const DocumentSchema = new mongoose.Schema(
  {
    workspaceId: { type: mongoose.Types.ObjectId, required: true, index: true },
    title: String,
    content: String,
    published: { type: Boolean, default: false },
  },
  { timestamps: true },
);

module.exports = mongoose.model("Document", DocumentSchema);
