const mongoose = require("mongoose");

const WorkspaceSchema = new mongoose.Schema(
  {
    name: { type: String, required: true },
    ownerId: { type: mongoose.Types.ObjectId, required: true, index: true },
    plan: { type: String, enum: ["free", "pro", "enterprise"], default: "free" },
    seats: { type: Number, default: 3 },
    members: [{ type: mongoose.Types.ObjectId }],
  },
  { timestamps: true },
);

module.exports = mongoose.model("Workspace", WorkspaceSchema);
